package io.broadsheet.site;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SourceFile;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.markdown.MarkdownWriter;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;
import io.broadsheet.render.PageRenderer;
import io.broadsheet.render.Theme;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a site from a folder of dumps: the one orchestrator of the pipeline parse → classify → Markdown → HTML.
 *
 * <p>Bad dumps are reported and left out; the rest is built. The site is staged beside the output folder and
 * swapped in only when complete.
 */
public final class SiteBuilder {
    private final Path seeds;
    private final Theme theme;
    private final Path out;

    /**
     * @param seeds     the folder of dumps
     * @param templates the theme folder; templates and assets it lacks come from the packaged default theme, which
     *                  is used whole when the folder does not exist
     * @param out       the site folder to write, replaced whole
     */
    public SiteBuilder(Path seeds, Path templates, Path out) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        // Without a theme folder the packaged default theme is used whole.
        this.theme = Files.isDirectory(Objects.requireNonNull(templates, "templates"))
                ? Theme.of(templates) : Theme.defaults();
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Builds the site.
     *
     * @return what was built and what was refused
     * @throws SetupException if the build cannot start or its result cannot be put in place; the previous site,
     *                        if any, is then left as it was
     */
    public BuildReport build() throws SetupException {
        if (!Files.isDirectory(seeds)) throw new SetupException("seeds folder not found: " + seeds);
        List<Problem> refused = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        List<Dump> dumps = readDumps(refused, warnings);
        ArchiveProfile profile = ArchiveProfile.of(dumps.stream().map(Dump::paragraphs).toList());

        int built;
        try (StagingArea site = StagingArea.open(out)) {
            PageRenderer renderer = new PageRenderer(theme);
            List<ArchivedArticle> articles = new ArrayList<>();
            for (Dump dump : dumps) {
                String markdown;
                ArchivedArticle archived;
                String page;
                try {
                    Article article = ArticleAssembler.assemble(dump.id(), dump.source(), dump.paragraphs(),
                            Sidecar.NONE, profile);
                    markdown = MarkdownWriter.write(article);
                    archived = MarkdownReader.read(markdown);
                    page = renderer.articlePage(archived);
                } catch (RuntimeException e) {
                    // A bug met on one dump must not cost the user the rest of the archive.
                    refused.add(Problem.of(dump.shown(), "could not be built, please report this: " + e));
                    continue;
                }
                String folder = "articles/" + dump.id() + "/";
                site.write(folder + "source.txt", dump.bytes());
                site.write(folder + "article.md", utf8(markdown));
                site.write(folder + "index.html", utf8(page));
                articles.add(archived);
            }
            built = articles.size();
            site.write("index.html", utf8(renderer.homePage(homeOrder(articles))));
            theme.assets().forEach((path, bytes) -> site.write("assets/" + path, bytes));
            site.publish();
        }
        return new BuildReport(built, refused, warnings);
    }

    /** Newest first where a year is known, then by id, so the order never depends on the file system. */
    private static List<ArchivedArticle> homeOrder(List<ArchivedArticle> articles) {
        return articles.stream()
                .sorted(Comparator.<ArchivedArticle>comparingInt(a -> -a.metadata().year().orElse(0))
                        .thenComparing(ArchivedArticle::id))
                .toList();
    }

    /** A dump that parsed, with its id and bytes. */
    private record Dump(String id, String shown, SourceFile source, byte[] bytes, List<String> paragraphs) {}

    private List<Dump> readDumps(List<Problem> refused, List<Problem> warnings) throws SetupException {
        Map<String, String> firstFileById = new LinkedHashMap<>();
        List<Dump> dumps = new ArrayList<>();
        for (Path file : listDumps()) {
            String fileName = file.getFileName().toString();
            String shown = DisplayName.of(seeds.resolve(fileName).toString());
            String id;
            try {
                id = ArticleId.of(fileName);
            } catch (IllegalArgumentException e) {
                refused.add(Problem.of(shown, e.getMessage()));
                continue;
            }
            String clash = firstFileById.putIfAbsent(id, shown);
            if (clash != null) {
                refused.add(Problem.of(shown, "has the same article id '" + id + "' as " + clash
                        + "; rename one of them"));
                continue;
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                refused.add(Problem.of(shown, "cannot read: " + e.getMessage()));
                continue;
            }
            try {
                List<String> paragraphs = DumpParser.parse(shown, bytes);
                if (paragraphs.isEmpty()) {
                    warnings.add(Problem.of(shown, "empty list, no article made"));
                    continue;
                }
                dumps.add(new Dump(id, shown, new SourceFile(fileName, sha256(bytes)), bytes, paragraphs));
            } catch (DumpSyntaxException e) {
                refused.add(new Problem(shown, e.line(), e.column(), e.reason()));
            }
        }
        return dumps;
    }

    /** The dumps in the seeds folder, sorted by file name so that ids clash the same way on every machine. */
    private List<Path> listDumps() throws SetupException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(seeds, "*.txt")) {
            for (Path entry : entries) if (Files.isRegularFile(entry)) files.add(entry);
        } catch (IOException e) {
            throw new SetupException("cannot read seeds folder " + seeds + ": " + e.getMessage(), e);
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
