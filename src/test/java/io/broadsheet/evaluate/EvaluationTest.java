package io.broadsheet.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.article.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final String BODY1 = "The city council voted on Tuesday to close the old harbour bridge to cars, "
            + "after engineers warned that its steel frame had corroded far more than anyone had expected.";
    private static final String BODY2 = "Residents who cross the bridge every day said they were worried about "
            + "the longer trips to work, but most of them agreed that safety had to come first in this case.";
    private static final String PROMO = "Subscribe to our newsletter";

    private static LabelledDump dump(String name) {
        return new LabelledDump(new SourceFile(name, "0".repeat(64)), List.of(PROMO, BODY1, BODY2),
                List.of("close the old harbour bridge", "safety had to come first"), List.of(PROMO));
    }

    @Test
    void countsSnippetsForClassifierAndBaseline() {
        EvaluationReport report = Evaluation.score(List.of(dump("b.txt"), dump("a.txt")));
        assertThat(report.dumps()).extracting(DumpResult::fileName).containsExactly("a.txt", "b.txt");
        assertThat(report.classifier()).isEqualTo(new Tally(4, 4, 2, 2));
        assertThat(report.baseline()).isEqualTo(new Tally(4, 4, 2, 0));
        assertThat(report.byLanguage()).containsOnlyKeys("en");
    }

    @Test
    void aSnippetLabelledWithSoftHyphensIsFoundInTheReadingView() {
        String hyphenated = "The city coun\u00adcil voted on Tues\u00adday to close the old harbour bridge to cars, "
                + "after engineers warned that its steel frame had corroded far more than anyone had expected.";
        LabelledDump dump = new LabelledDump(new SourceFile("a.txt", "0".repeat(64)), List.of(hyphenated, BODY2),
                List.of("coun\u00adcil voted on Tues\u00adday", "safety had to come first"), List.of());
        assertThat(Evaluation.score(List.of(dump)).baseline()).isEqualTo(new Tally(2, 2, 0, 0));
    }

    @Test
    void markdownShowsBothExtractorsAndTheCommand() {
        String md = ReportMarkdown.render(Evaluation.score(List.of(dump("a.txt"))), "broadsheet evaluate X");
        assertThat(md).contains("broadsheet evaluate X")
                .contains("| Classifier | 1 | 2 | 1.000 | 1 | 1.000 |")
                .contains("| Keep every paragraph | 1 | 2 | 1.000 | 1 | 0.000 |")
                .contains("Every snippet of every dump is treated right.");
    }
}
