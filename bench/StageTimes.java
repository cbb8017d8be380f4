import io.broadsheet.article.Article;
import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SidecarReader;
import io.broadsheet.article.SourceFile;
import io.broadsheet.article.TopicExtractor;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.markdown.MarkdownWriter;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.render.ArticleLinks;
import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.PageRenderer;
import io.broadsheet.render.SiteIndex;
import io.broadsheet.render.Theme;
import io.broadsheet.search.IndexBuilder;
import io.broadsheet.search.SearchDocument;
import io.broadsheet.search.SearchText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The per-article work of a build once the JIT has compiled it: each stage of one article's conversion and page,
 * timed on one thread over the same dumps round after round, with no files written. What is left when the start-up
 * and the compiler are taken out of a build, and the input of the floor in docs/performance.md.
 *
 * <p>Usage: {@code java -cp target/broadsheet.jar bench/StageTimes.java SEEDS COUNT ROUNDS}; not part of the tests.
 */
public class StageTimes {
    private static final String[] STAGES = {"parse", "assemble", "topics", "markdown", "search", "read back", "page"};

    public static void main(String[] args) throws Exception {
        if (args.length != 3) throw new IllegalArgumentException("usage: StageTimes SEEDS COUNT ROUNDS");
        List<Path> dumps;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            dumps = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(Integer.parseInt(args[1])).toList();
        }
        int rounds = Integer.parseInt(args[2]);
        List<byte[]> bytes = new ArrayList<>();
        List<Sidecar> sidecars = new ArrayList<>();
        List<List<String>> parsed = new ArrayList<>();
        for (Path dump : dumps) {
            byte[] content = Files.readAllBytes(dump);
            bytes.add(content);
            parsed.add(DumpParser.parse(dump.toString(), content));
            Path sidecar = Path.of(dump.toString().replaceFirst("\\.txt$", ".json"));
            sidecars.add(Files.exists(sidecar) ? SidecarReader.read(sidecar.toString(), Files.readAllBytes(sidecar))
                    : Sidecar.NONE);
        }
        ArchiveProfile profile = ArchiveProfile.of(parsed);
        PageRenderer renderer = new PageRenderer(Theme.defaults());
        System.out.println("| Round | " + String.join(" µs | ", STAGES) + " µs | all µs |");
        System.out.println("|---:|" + "---:|".repeat(STAGES.length + 1));
        long written = 0;
        for (int round = 1; round <= rounds; round++) {
            long[] nanos = new long[STAGES.length];
            for (int i = 0; i < dumps.size(); i++) {
                long t0 = System.nanoTime();
                List<String> paragraphs = DumpParser.parse(dumps.get(i).toString(), bytes.get(i));
                long t1 = System.nanoTime();
                Article article = ArticleAssembler.assemble("a" + i,
                        SourceFile.of(dumps.get(i).getFileName().toString(), bytes.get(i)), paragraphs,
                        sidecars.get(i), profile);
                long t2 = System.nanoTime();
                article = TopicExtractor.withTopics(article);
                long t3 = System.nanoTime();
                ArchivedArticle archived = MarkdownWriter.archive(article);
                String markdown = MarkdownWriter.write(archived);
                long t4 = System.nanoTime();
                SearchDocument document = SearchDocument.of(0, ArticleSummary.of(archived), archived);
                SearchText text = SearchText.of(document);
                written += IndexBuilder.entry(document, text).toBytes().length;
                long t5 = System.nanoTime();
                ArchivedArticle read = MarkdownReader.read(markdown);
                long t6 = System.nanoTime();
                written += renderer.articlePage(read, ArticleLinks.NONE, SiteIndex.EMPTY).length();
                long t7 = System.nanoTime();
                long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7};
                for (int s = 0; s < STAGES.length; s++) nanos[s] += marks[s + 1] - marks[s];
            }
            StringBuilder row = new StringBuilder("| " + round + " |");
            long all = 0;
            for (long n : nanos) {
                all += n;
                row.append(String.format(" %.0f |", n / 1000.0 / dumps.size()));
            }
            System.out.println(row.append(String.format(" %.0f |", all / 1000.0 / dumps.size())));
        }
        // Printed so that no stage's result is unused, which the JIT could otherwise leave out.
        System.out.println("\n" + dumps.size() + " dumps; characters made per round: " + written / rounds);
    }
}
