package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.parse.DumpParser;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overload of {@link Classifier#classify} that takes weights, which cross-validation scores with. */
class ClassifierWeightsTest {
    private static List<Features> seedFeatures() throws Exception {
        List<String> raw = DumpParser.parse("seed", Files.readAllBytes(Project.seed()));
        return NestedParagraphs.unnest(raw).stream().map(p -> HtmlSanitizer.measure(p).features()).toList();
    }

    private static Lexicon lexicon(List<Features> features) {
        return Lexicon.forLanguage(LanguageGuesser.guess(features.stream().map(Features::text).toList()));
    }

    @Test
    void shippedWeightsGiveTheSameRolesAsTheMethodWithout() throws Exception {
        List<Features> features = seedFeatures();
        Lexicon lexicon = lexicon(features);
        List<Role> shipped = Classifier.classify(features, lexicon, ArchiveProfile.EMPTY);
        assertThat(Classifier.classify(features, lexicon, ArchiveProfile.EMPTY, Classifier.shippedWeights()))
                .containsExactlyElementsOf(shipped);
        assertThat(shipped).contains(Role.BODY);
    }

    @Test
    void weightsThatKeepNothingLeaveNoProseInTheReadingView() throws Exception {
        List<Features> features = seedFeatures();
        double[] never = new double[Classifier.SIGNAL_NAMES.size()];
        never[0] = -100; // the bias: every paragraph's odds fall far below the keep threshold
        assertThat(Classifier.classify(features, lexicon(features), ArchiveProfile.EMPTY, never))
                .doesNotContain(Role.BODY, Role.LEDE, Role.CROSSHEAD);
    }

    @Test
    void weightsOfTheWrongLengthAreRefused() throws Exception {
        List<Features> features = seedFeatures();
        assertThatThrownBy(() -> Classifier.classify(features, lexicon(features), ArchiveProfile.EMPTY,
                new double[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
