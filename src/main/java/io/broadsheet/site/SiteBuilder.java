package io.broadsheet.site;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Metadata;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SidecarException;
import io.broadsheet.article.SidecarReader;
import io.broadsheet.article.SourceFile;
import io.broadsheet.article.TopicExtractor;
import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.MarkdownReader;
import io.broadsheet.markdown.MarkdownWriter;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;
import io.broadsheet.render.ArticleLinks;
import io.broadsheet.render.ArticleSummary;
import io.broadsheet.render.Group;
import io.broadsheet.render.Listing;
import io.broadsheet.render.PageRenderer;
import io.broadsheet.render.SiteIndex;
import io.broadsheet.render.SiteSettings;
import io.broadsheet.render.Sitemap;
import io.broadsheet.render.AtomFeed;
import io.broadsheet.render.Theme;
import io.broadsheet.search.IndexBuilder;
import io.broadsheet.search.SearchDocument;
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
import java.util.Optional;

/**
 * Builds a site from a folder of dumps: the one orchestrator of the pipeline parse → classify → Markdown → HTML.
 *
 * <p>Bad dumps are reported and left out; the rest is built. The site is staged beside the output folder and
 * swapped in only when complete.
 *
 * <p>Articles are handled one at a time so that a large archive fits in memory: the first pass writes each
 * article's Markdown and keeps only its {@link ArticleSummary}; once the archive order is known, the second pass
 * reads each Markdown file back and renders its page with links to its neighbours and related articles. Listings,
 * feed and sitemap are made from the summaries.
 */
public final class SiteBuilder {
    private final Path seeds;
    private final Theme theme;
    private final Path out;
    private final SiteSettings settings;

    /**
     * A builder with the default settings.
     *
     * @param seeds     the folder of dumps, with optional sidecars ({@code NAME.json} beside {@code NAME.txt})
     * @param templates the theme folder; templates and assets it lacks come from the packaged default theme, which
     *                  is used whole when the folder does not exist
     * @param out       the site folder to write, replaced whole
     */
    public SiteBuilder(Path seeds, Path templates, Path out) {
        this(seeds, templates, out, SiteSettings.DEFAULTS);
    }

    /** As {@link #SiteBuilder(Path, Path, Path)}, with the given site settings. */
    public SiteBuilder(Path seeds, Path templates, Path out, SiteSettings settings) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        // Without a theme folder the packaged default theme is used whole.
        this.theme = Files.isDirectory(Objects.requireNonNull(templates, "templates"))
                ? Theme.of(templates) : Theme.defaults();
        this.out = Objects.requireNonNull(out, "out");
        this.settings = Objects.requireNonNull(settings, "settings");
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

        try (StagingArea site = StagingArea.open(out)) {
            PageRenderer renderer = new PageRenderer(theme, settings);
            List<ArticleSummary> summaries = new ArrayList<>();
            Map<String, String> shownById = new LinkedHashMap<>();
            for (Dump dump : dumps) {
                String markdown;
                ArchivedArticle archived;
                try {
                    Article article = withTopics(ArticleAssembler.assemble(dump.id(), dump.source(),
                            dump.paragraphs(), dump.sidecar(), profile));
                    markdown = MarkdownWriter.write(article);
                    archived = MarkdownReader.read(markdown);
                } catch (RuntimeException e) {
                    // A bug met on one dump must not cost the user the rest of the archive.
                    refused.add(Problem.of(dump.shown(), "could not be built, please report this: " + e));
                    continue;
                }
                String folder = "articles/" + dump.id() + "/";
                site.write(folder + "source.txt", dump.bytes());
                site.write(folder + "article.md", utf8(markdown));
                summaries.add(ArticleSummary.of(archived));
                shownById.put(dump.id(), dump.shown());
            }
            summaries.sort(ArchiveOrder.NEWEST_FIRST);
            Catalogue catalogue = new Catalogue(summaries);
            SiteIndex index = catalogue.index();
            List<ArticleSummary> ordered = catalogue.articles();
            // Every page's path, for the sitemap: paths only, so even a large archive's list stays small.
            List<String> pages = new ArrayList<>();
            IndexBuilder search = new IndexBuilder();
            for (int i = 0; i < ordered.size(); i++) {
                ArticleSummary summary = ordered.get(i);
                String folder = "articles/" + summary.id() + "/";
                ArticleLinks links = new ArticleLinks(
                        i > 0 ? Optional.of(ordered.get(i - 1)) : Optional.empty(),
                        i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1)) : Optional.empty(),
                        catalogue.related(i, settings.relatedCount()));
                try {
                    ArchivedArticle archived =
                            MarkdownReader.read(new String(site.read(folder + "article.md"), StandardCharsets.UTF_8));
                    site.write(folder + "index.html", utf8(renderer.articlePage(archived, links, index)));
                    pages.add(folder + "index.html");
                    search.add(SearchDocument.of(i, summary, archived));
                } catch (RuntimeException e) {
                    // Its Markdown was read once already, so only a renderer bug ends here; the article's folder
                    // keeps its source and Markdown, and the listings still name it.
                    refused.add(Problem.of(shownById.get(summary.id()),
                            "could not be rendered, please report this: " + e));
                }
            }
            writeListings(site, renderer, catalogue, pages);
            site.write("feed.xml", utf8(AtomFeed.of(settings,
                    ordered.subList(0, Math.min(ordered.size(), settings.feedSize())))));
            site.write("404.html", utf8(renderer.notFoundPage()));
            site.write("search/index.html", utf8(renderer.searchPage()));
            pages.add("search/index.html");
            search.files().forEach(site::write);
            settings.baseUrl().ifPresent(baseUrl -> {
                pages.sort(null);
                Sitemap.files(baseUrl, pages).forEach((path, xml) -> site.write(path, utf8(xml)));
                site.write("robots.txt", utf8(Sitemap.robots(baseUrl)));
            });
            theme.assets().forEach((path, bytes) -> site.write("assets/" + path, bytes));
            site.publish();
            return new BuildReport(ordered.size(), refused, warnings);
        }
    }

    /** The article with the topics it is about as its tags: the given ones if any, else those found in it. */
    private static Article withTopics(Article article) {
        Metadata m = article.metadata();
        if (!m.tags().isEmpty()) return article;
        Metadata tagged = new Metadata(m.title(), m.summary(), m.language(), m.publisher(), m.year(), m.byline(),
                m.published(), m.url(), m.authors(), TopicExtractor.extract(article), m.wordCount());
        return new Article(article.id(), article.source(), tagged, article.paragraphs());
    }

    private void writeListings(StagingArea site, PageRenderer renderer, Catalogue catalogue, List<String> pages) {
        SiteIndex index = catalogue.index();
        Paginator paginate = (folder, heading, intro, articles) ->
                paginate(site, renderer, index, folder, heading, intro, articles, pages);
        paginate.write("", "The archive", "", catalogue.articles());

        List<Group> years = new ArrayList<>();
        catalogue.years().forEach((year, articles) -> {
            String folder = "years/" + year + "/";
            paginate.write(folder, Integer.toString(year), "Articles from", articles);
            years.add(new Group(Integer.toString(year), folder + "index.html", articles.size()));
        });
        site.write("years/index.html", utf8(renderer.directoryPage("years/", "Years", years)));
        pages.add("years/index.html");

        List<Group> publishers = new ArrayList<>();
        catalogue.publishers().forEach((publisher, articles) -> {
            String path = index.publisherPath(publisher).orElseThrow();
            String folder = path.substring(0, path.length() - "index.html".length());
            paginate.write(folder, publisher, "Articles published by", articles);
            publishers.add(new Group(publisher, path, articles.size()));
        });
        publishers.sort(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Group::name));
        site.write("publishers/index.html", utf8(renderer.directoryPage("publishers/", "Publishers", publishers)));
        pages.add("publishers/index.html");

        List<Group> topics = new ArrayList<>();
        Map<Group, String> letters = new LinkedHashMap<>();
        catalogue.topics().forEach((key, articles) -> {
            SiteIndex.Topic topic = index.topics().get(key);
            String folder = "topics/" + topic.slug() + "/";
            paginate.write(folder, topic.name(), "Articles about", articles);
            Group group = new Group(topic.name(), folder + "index.html", articles.size());
            topics.add(group);
            letters.put(group, letter(key));
        });
        site.write("topics/index.html", utf8(renderer.topicsPage(topics, letters::get)));
        pages.add("topics/index.html");
    }

    /** Writes one paginated listing. */
    @FunctionalInterface
    private interface Paginator {
        void write(String folder, String heading, String intro, List<ArticleSummary> articles);
    }

    /** The heading a topic is filed under on the A–Z page: its key's first letter, or # for a digit. */
    private static String letter(String key) {
        int first = key.codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(Character.toUpperCase(first))) : "#";
    }

    /** Writes a listing as pages of {@code per_page} articles; an empty listing still gets its first page. */
    private void paginate(StagingArea site, PageRenderer renderer, SiteIndex index, String folder, String heading,
                          String intro, List<ArticleSummary> articles, List<String> written) {
        int perPage = settings.perPage();
        int pages = Math.max(1, (articles.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pages; n++) {
            List<ArticleSummary> items =
                    articles.subList((n - 1) * perPage, Math.min(articles.size(), n * perPage));
            Listing listing = new Listing(folder, heading, intro, items, n, pages, articles.size());
            site.write(listing.path(), utf8(renderer.listPage(listing, index)));
            written.add(listing.path());
        }
    }

    /** A dump that parsed, with its id and bytes. */
    private record Dump(String id, String shown, SourceFile source, byte[] bytes, List<String> paragraphs,
                        Sidecar sidecar) {}

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
                Sidecar sidecar = readSidecar(file);
                dumps.add(new Dump(id, shown, new SourceFile(fileName, sha256(bytes)), bytes, paragraphs, sidecar));
            } catch (DumpSyntaxException e) {
                refused.add(new Problem(shown, e.line(), e.column(), e.reason()));
            } catch (SidecarException e) {
                // Metadata the user wrote by hand is refused rather than ignored, so a typo is not lost silently.
                refused.add(Problem.of(DisplayName.of(e.file()), (e.field().isEmpty() ? "" : "field \"" + e.field()
                        + "\": ") + e.reason()));
            } catch (IOException e) {
                refused.add(Problem.of(shown, "cannot read its sidecar: " + e.getMessage()));
            }
        }
        return dumps;
    }

    /** The sidecar beside a dump ({@code NAME.json} for {@code NAME.txt}), or {@link Sidecar#NONE}. */
    private Sidecar readSidecar(Path dump) throws IOException, SidecarException {
        String name = dump.getFileName().toString();
        Path sidecar = dump.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
        if (!Files.isRegularFile(sidecar)) return Sidecar.NONE;
        return SidecarReader.read(seeds.resolve(sidecar.getFileName()).toString(), Files.readAllBytes(sidecar));
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
