package io.broadsheet.evaluate;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Classifier;
import io.broadsheet.article.Features;
import io.broadsheet.article.HtmlSanitizer;
import io.broadsheet.article.LanguageGuesser;
import io.broadsheet.article.Lexicon;
import io.broadsheet.article.NestedParagraphs;
import io.broadsheet.article.Role;
import io.broadsheet.parse.DumpSyntaxException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes every paragraph of a labelled corpus as a tab-separated table — its text, label, the role the
 * classifier gives it, whether its form alone decided that role, the measures the classifier's rules read and
 * its signals — so that {@code tools/cv_pipeline.py} can replay the whole classifier, rules included, with
 * weights fitted on half of the dumps and score it on the other half.
 */
public final class PipelineTableMain {
    private PipelineTableMain() {}

    /**
     * Prints the table.
     *
     * @param args the corpus folder, {@code ../shared/corpus/dev} when absent
     */
    public static void main(String[] args) throws IOException, DumpSyntaxException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/dev");
        List<LabelledDump> dumps = new ArrayList<>(Evaluation.load(corpus));
        dumps.sort(Comparator.comparing(d -> d.source().fileName()));
        ArchiveProfile profile = ArchiveProfile.of(dumps.stream().map(LabelledDump::paragraphs).toList());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.println("file\tindex\tlabel\trole\tbyForm\twords\tsentenceEnd\twholeBold\tfurnitureWord\taboutWord\ttext\t"
                + String.join("\t", Classifier.SIGNAL_NAMES));
        for (LabelledDump dump : dumps) {
            List<Features> features = NestedParagraphs.unnest(dump.paragraphs()).stream()
                    .map(raw -> HtmlSanitizer.measure(raw).features()).toList();
            Lexicon lexicon = Lexicon.forLanguage(
                    LanguageGuesser.guess(features.stream().map(Features::text).toList()));
            List<Role> roles = Classifier.classify(features, lexicon, profile);
            List<double[]> signals = Classifier.signals(features, lexicon, profile);
            for (int i = 0; i < features.size(); i++) {
                Features f = features.get(i);
                StringBuilder row = new StringBuilder(dump.source().fileName()).append('\t').append(i)
                        .append('\t').append(SignalTableMain.label(f.text(), dump))
                        .append('\t').append(roles.get(i))
                        .append('\t').append(signals.get(i) == null ? 1 : 0)
                        .append('\t').append(f.words())
                        .append('\t').append(f.sentenceEnd() ? 1 : 0)
                        .append('\t').append(f.wholeBold() ? 1 : 0)
                        .append('\t').append(Lexicon.FURNITURE.matcher(f.text()).find() ? 1 : 0)
                        .append('\t').append(Lexicon.ABOUT.matcher(f.text()).find() ? 1 : 0)
                        .append('\t').append(f.text().replace('\t', ' '));
                if (signals.get(i) != null) for (double x : signals.get(i)) row.append('\t').append(x);
                out.println(row);
            }
        }
        out.flush();
    }
}
