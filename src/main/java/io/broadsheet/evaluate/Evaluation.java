package io.broadsheet.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Features;
import io.broadsheet.article.Paragraph;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SourceFile;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the classifier on a labelled corpus: how many of the hand-picked body snippets its reading view keeps
 * and how many furniture snippets it leaves out, beside the baseline of keeping every paragraph.
 */
public final class Evaluation {
    private Evaluation() {}

    /**
     * Scores dumps that are already read. The archive profile is built from all of them, as the site would.
     */
    public static EvaluationReport score(List<LabelledDump> dumps) {
        ArchiveProfile profile = profile(dumps);
        return score(dumps, dump -> ArticleAssembler.assemble("dump", dump.source(), dump.paragraphs(),
                Sidecar.NONE, profile));
    }

    /** The archive profile of a corpus, built from all of its dumps as the site builds it from its archive. */
    static ArchiveProfile profile(List<LabelledDump> dumps) {
        return ArchiveProfile.of(dumps.stream().map(LabelledDump::paragraphs).toList());
    }

    /**
     * Scores dumps as {@code assemble} reads them: cross-validation assembles each dump with weights fitted on
     * other dumps, and everything else, the baselines included, must be scored as the in-sample report scores it.
     */
    static EvaluationReport score(List<LabelledDump> dumps, Function<LabelledDump, Article> assemble) {
        List<DumpResult> results = new ArrayList<>();
        for (LabelledDump dump : dumps.stream()
                .sorted(java.util.Comparator.comparing(d -> d.source().fileName())).toList()) {
            Article article = assemble.apply(dump);
            String reading = text(article.readingView());
            String everything = text(article.paragraphs());
            String lengthRule = text(article.paragraphs().stream().filter(Evaluation::passesLengthRule).toList());
            results.add(new DumpResult(dump.source().fileName(), article.metadata().language(),
                    tally(dump, reading), tally(dump, everything), tally(dump, lengthRule)));
        }
        return new EvaluationReport(results);
    }

    /**
     * Reads a corpus folder ({@code labels.json} and {@code seeds/*.txt}) and scores it.
     *
     * @throws IOException if a file cannot be read or {@code labels.json} is malformed
     * @throws DumpSyntaxException if a dump is not a list of strings
     */
    public static EvaluationReport run(Path corpus) throws IOException, DumpSyntaxException {
        return score(load(corpus));
    }

    /**
     * Reads a corpus folder: every dump named in {@code labels.json}, with its labels.
     *
     * @throws IOException if a file cannot be read or {@code labels.json} is malformed
     * @throws DumpSyntaxException if a dump is not a list of strings
     */
    public static List<LabelledDump> load(Path corpus) throws IOException, DumpSyntaxException {
        JsonNode labels = new ObjectMapper().readTree(Files.readAllBytes(corpus.resolve("labels.json")));
        List<LabelledDump> dumps = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String name = entry.getKey();
            Path file = corpus.resolve("seeds").resolve(name);
            if (!file.normalize().startsWith(corpus.resolve("seeds").normalize())) {
                throw new IOException("labels.json names a file outside seeds/: " + name);
            }
            byte[] bytes = Files.readAllBytes(file);
            dumps.add(new LabelledDump(SourceFile.of(name, bytes), DumpParser.parse("seeds/" + name, bytes),
                    strings(entry.getValue().get("body")), strings(entry.getValue().get("furniture"))));
        }
        return dumps;
    }

    private static List<String> strings(JsonNode array) throws IOException {
        if (array == null || !array.isArray()) throw new IOException("labels.json: expected an array of snippets");
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) out.add(s.asText());
        return out;
    }

    /** The simplest useful extractor, for scale: at least eight words, at most half of them link text. */
    private static boolean passesLengthRule(Paragraph p) {
        Features f = Features.of(p.html());
        return f.words() >= 8 && f.linkDensity() <= 0.5;
    }

    /** The text a reader sees, paragraph after paragraph, whitespace collapsed as the labels are. */
    private static String text(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            sb.append(Features.collapse(org.jsoup.Jsoup.parseBodyFragment(p.html()).body().text())).append('\n');
        }
        return sb.toString();
    }

    private static Tally tally(LabelledDump dump, String view) {
        int kept = 0;
        for (String s : dump.body()) if (view.contains(seen(s))) kept++;
        int rejected = 0;
        for (String s : dump.furniture()) if (!view.contains(seen(s))) rejected++;
        return new Tally(dump.body().size(), kept, dump.furniture().size(), rejected);
    }

    /**
     * A labelled snippet as the reader sees it. Labels keep the page's soft hyphens (U+00AD), where a word may break
     * at a line's end, which the text of the reading view, like a reader, does not see: compared with them, a
     * snippet of a hyphenated page was never found however the page was read.
     */
    private static String seen(String snippet) {
        return Features.collapse(snippet.replace("\u00ad", ""));
    }
}
