package io.broadsheet.evaluate;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Classifier;
import io.broadsheet.article.Features;
import io.broadsheet.article.HtmlSanitizer;
import io.broadsheet.article.LanguageGuesser;
import io.broadsheet.article.Lexicon;
import io.broadsheet.article.NestedParagraphs;
import io.broadsheet.parse.DumpSyntaxException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the classifier's signals for every paragraph of a labelled corpus as a tab-separated table, with the
 * paragraph's label ({@code body}, {@code furniture} or {@code -}), for fitting the classifier's weights with
 * {@code tools/fit_weights.py}. Paragraphs whose role their form decides are left out.
 */
public final class SignalTableMain {
    private SignalTableMain() {}

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
        out.println("file\tindex\tlabel\t" + String.join("\t", Classifier.SIGNAL_NAMES));
        for (LabelledDump dump : dumps) {
            for (Row r : rows(dump, profile)) {
                StringBuilder row = new StringBuilder(dump.source().fileName()).append('\t').append(r.index())
                        .append('\t').append(r.label());
                for (double x : r.signals()) row.append('\t').append(x);
                out.println(row);
            }
        }
        out.flush();
    }

    /**
     * One row of the table.
     *
     * @param index   the paragraph's place in the dump, after nested paragraphs are taken apart
     * @param label   {@code body}, {@code furniture} or {@code -}
     * @param signals the classifier's signals, in {@link Classifier#SIGNAL_NAMES} order
     */
    record Row(int index, String label, double[] signals) {}

    /**
     * The table's rows for one dump, read as {@link io.broadsheet.article.ArticleAssembler} reads it without a
     * sidecar: cross-validation fits its weights on these rows, so that it fits what {@code tools/fit_weights.py}
     * fits.
     */
    static List<Row> rows(LabelledDump dump, ArchiveProfile profile) {
        List<Features> features = NestedParagraphs.unnest(dump.paragraphs()).stream()
                .map(raw -> HtmlSanitizer.measure(raw).features()).toList();
        String language = LanguageGuesser.guess(features.stream().map(Features::text).toList());
        List<double[]> signals = Classifier.signals(features, Lexicon.forLanguage(language), profile);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (signals.get(i) != null) rows.add(new Row(i, label(features.get(i).text(), dump), signals.get(i)));
        }
        return rows;
    }

    /** The label of a paragraph: the first body or furniture snippet it contains, else {@code -}. */
    static String label(String text, LabelledDump dump) {
        for (String s : dump.body()) if (text.contains(Features.collapse(s))) return "body";
        for (String s : dump.furniture()) if (text.contains(Features.collapse(s))) return "furniture";
        return "-";
    }
}
