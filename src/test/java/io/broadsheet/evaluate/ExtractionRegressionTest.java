package io.broadsheet.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Scores the classifier on the labelled dev corpus beside the project, so that a change that loses article text
 * or lets furniture back into the reading view fails the build.
 */
class ExtractionRegressionTest {
    /** The body-recall floor the project requires. */
    private static final double BODY_RECALL_FLOOR = 0.97;
    /**
     * The furniture rejection this classifier reaches (0.795), less a small margin. The project's target is 0.85,
     * which it does not reach yet (see docs/extraction.md); this floor keeps it from falling back. It was 0.81 until
     * the keep threshold was lowered so that held-out recall, not only this corpus's, stays at 0.97.
     */
    private static final double FURNITURE_REJECTION_FLOOR = 0.79;

    @Test
    void classifierKeepsTheArticleAndDropsFurniture() throws Exception {
        Path corpus = Path.of(System.getProperty("broadsheet.projectDir", "."))
                .resolve("../shared/corpus/dev").normalize();
        assumeTrue(Files.isRegularFile(corpus.resolve("labels.json")),
                "labelled corpus not found at " + corpus + ": test skipped");
        EvaluationReport report = Evaluation.run(corpus);
        Tally classifier = report.classifier();
        Tally baseline = report.baseline();
        assertThat(report.dumps()).hasSizeGreaterThan(400);
        assertThat(classifier.bodyRecall()).as("body recall").isGreaterThanOrEqualTo(BODY_RECALL_FLOOR);
        assertThat(classifier.furnitureRejection()).as("furniture rejection")
                .isGreaterThanOrEqualTo(FURNITURE_REJECTION_FLOOR);
        assertThat(baseline.bodyRecall()).isGreaterThan(0.99);
        assertThat(baseline.furnitureRejection()).isLessThan(0.05);
    }
}
