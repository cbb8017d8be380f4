package io.broadsheet.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.broadsheet.testing.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cross-validation by dump: its weight fit, its split and its scores on the dev corpus. */
class CrossValidationTest {
    @Test
    void fitRecoversASeparatingDirection() {
        Random random = new Random(42);
        int n = 400;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            // Columns on different scales, so that the standardisation and its undoing are both exercised.
            double a = random.nextGaussian() * 10;
            double b = random.nextGaussian() * 0.1 + 3;
            double noise = random.nextGaussian();
            x[i] = new double[] {1, a, b, noise};
            y[i] = a / 10 - (b - 3) / 0.1 + 0.5 > 0 ? 1 : 0;
        }
        double[] w = CrossValidation.fit(x, y);
        assertThat(w[1]).as("weight of a").isPositive();
        assertThat(w[2]).as("weight of b").isNegative();
        assertThat(Math.abs(w[3])).as("weight of the noise").isLessThan(Math.abs(w[1] * 10));
        int right = 0;
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int j = 0; j < w.length; j++) dot += w[j] * x[i][j];
            if ((dot > 0 ? 1 : 0) == y[i]) right++;
        }
        assertThat(right / (double) n).as("accuracy").isGreaterThan(0.9);
    }

    @Test
    void foldsCoverEveryNameOnceAndDoNotDependOnTheOrderGiven() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 11; i++) names.add("dump" + i + ".txt");
        List<List<String>> folds = CrossValidation.folds(names);
        assertThat(folds).hasSize(2);
        assertThat(folds.get(0)).hasSize(6);
        assertThat(Stream.concat(folds.get(0).stream(), folds.get(1).stream()))
                .containsExactlyInAnyOrderElementsOf(names);
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        assertThat(CrossValidation.folds(reversed)).isEqualTo(folds);
    }

    @Test
    void devCorpusScoresWithinRangeAndEveryDumpOnce() throws Exception {
        Path corpus = Project.dir().resolve("../shared/corpus/dev").normalize();
        assumeTrue(corpus.resolve("labels.json").toFile().isFile(),
                "labelled corpus not found at " + corpus + ": test skipped");
        List<LabelledDump> dumps = Evaluation.load(corpus);
        List<String> names = dumps.stream().map(d -> d.source().fileName()).toList();
        List<List<String>> folds = CrossValidation.folds(names);
        assertThat(Stream.concat(folds.get(0).stream(), folds.get(1).stream()))
                .containsExactlyInAnyOrderElementsOf(names);
        EvaluationReport report = CrossValidation.score(dumps);
        assertThat(report.dumps()).extracting(DumpResult::fileName).containsExactlyInAnyOrderElementsOf(names);
        Tally classifier = report.classifier();
        assertThat(classifier.bodyRecall()).isBetween(0.0, 1.0);
        assertThat(classifier.furnitureRejection()).isBetween(0.0, 1.0);
    }
}
