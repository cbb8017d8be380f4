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
import io.broadsheet.search.SearchText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Builds a site from a folder of dumps: the one orchestrator of the pipeline parse → classify → Markdown → HTML.
 *
 * <p>Bad dumps are reported and left out; the rest is built. The site is staged beside the output folder and
 * swapped in only when complete.
 *
 * <p>No stage holds more than a few articles at once, so that a large archive fits in little memory, and each
 * stage shares its articles among a fixed number of threads, collecting their results by position so that the
 * site is the same byte for byte however many threads built it:
 * <ol>
 * <li>each dump is read and parsed and only what the {@link ArchiveProfile} needs of it is kept;</li>
 * <li>each dump is read again, classified with the profile of the whole archive, and its Markdown written; only
 *     its {@link ArticleSummary} is kept;</li>
 * <li>once the summaries give the archive order, each article's Markdown is read back and its page rendered with
 *     links to its neighbours and related articles;</li>
 * <li>listings, feed and sitemap are made from the summaries.</li>
 * </ol>
 */
public final class SiteBuilder {
    private final Path seeds;
    private final Theme theme;
    private final Path out;
    private final SiteSettings settings;
    private final int threads;

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

    /** As {@link #SiteBuilder(Path, Path, Path)}, with the given site settings; it uses every processor. */
    public SiteBuilder(Path seeds, Path templates, Path out, SiteSettings settings) {
        this(Objects.requireNonNull(seeds, "seeds"),
                // Without a theme folder the packaged default theme is used whole.
                Files.isDirectory(Objects.requireNonNull(templates, "templates"))
                        ? Theme.of(templates) : Theme.defaults(),
                Objects.requireNonNull(out, "out"), Objects.requireNonNull(settings, "settings"),
                Runtime.getRuntime().availableProcessors());
    }

    private SiteBuilder(Path seeds, Theme theme, Path out, SiteSettings settings, int threads) {
        this.seeds = seeds;
        this.theme = theme;
        this.out = out;
        this.settings = settings;
        this.threads = threads;
    }

    /**
     * This builder with the work shared among the given number of threads; the site is the same for any number.
     *
     * @param threads at least 1
     */
    public SiteBuilder withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        return new SiteBuilder(seeds, theme, out, settings, threads);
    }

    /**
     * Builds the site.
     *
     * @return what was built and what was refused
     * @throws SetupException if the build cannot start or its result cannot be put in place; the previous site,
     *                        if any, is then left as it was
     */
    public BuildReport build() throws SetupException {
        return build(Progress.NONE);
    }

    /**
     * Builds the site, telling {@code progress} how far it has got.
     *
     * @return what was built and what was refused
     * @throws SetupException if the build cannot start or its result cannot be put in place; the previous site,
     *                        if any, is then left as it was
     */
    public BuildReport build(Progress progress) throws SetupException {
        Objects.requireNonNull(progress, "progress");
        if (!Files.isDirectory(seeds)) throw new SetupException("seeds folder not found: " + seeds);
        Workers workers = new Workers(threads);
        List<Problem> refused = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Scan scan = scanDumps(workers, progress, refused, warnings);
        List<Dump> dumps = scan.dumps();
        ArchiveProfile profile = scan.profile();

        try (StagingArea site = StagingArea.open(out)) {
            PageRenderer renderer = new PageRenderer(theme, settings);
            List<Converted> converted = stage(workers, progress, "converting", dumps.size(),
                    i -> convert(dumps.get(i), profile, site));
            List<ArticleSummary> summaries = new ArrayList<>();
            Map<String, String> shownById = new LinkedHashMap<>();
            for (Converted c : converted) {
                if (c.summary() == null) {
                    refused.add(c.refused());
                    continue;
                }
                summaries.add(c.summary());
                shownById.put(c.summary().id(), c.shown());
            }
            summaries.sort(ArchiveOrder.NEWEST_FIRST);
            Catalogue catalogue = new Catalogue(summaries);
            List<ArticleSummary> ordered = catalogue.articles();
            IndexBuilder search = new IndexBuilder();
            List<Problem> unrendered = stage(workers, progress, "rendering", ordered.size(),
                    i -> renderArticle(site, renderer, catalogue, i, shownById, search));
            // Every page's path, for the sitemap: paths only, so even a large archive's list stays small.
            List<String> pages = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                if (unrendered.get(i) == null) pages.add(ordered.get(i).path());
                else refused.add(unrendered.get(i));
            }
            writeListings(workers, progress, site, renderer, catalogue, pages);
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

    private static <R> List<R> stage(Workers workers, Progress progress, String name, int count, IntFunction<R> work) {
        progress.stage(name, count);
        return workers.map(count, work, progress);
    }

    /** A dump that parsed and is to be built. */
    private record Dump(Path file, String id, String shown, Sidecar sidecar) {}

    /**
     * What the second pass made of a dump: its summary, or why it was refused.
     *
     * @param summary the article's summary, or null if it was refused
     * @param shown   the dump's name as the user sees it
     * @param refused why it was refused, or null
     */
    private record Converted(ArticleSummary summary, String shown, Problem refused) {
        static Converted refusal(Problem problem) {
            return new Converted(null, problem.file(), problem);
        }
    }

    /** Classifies one dump with the whole archive's profile, writes its source and Markdown, and sums it up. */
    private Converted convert(Dump dump, ArchiveProfile profile, StagingArea site) {
        byte[] bytes;
        List<String> paragraphs;
        try {
            bytes = Files.readAllBytes(dump.file());
            paragraphs = DumpParser.parse(dump.shown(), bytes);
        } catch (IOException e) {
            return Converted.refusal(Problem.of(dump.shown(), "cannot read: " + e.getMessage()));
        } catch (DumpSyntaxException e) {
            // Only if the file changed since it was first read: it parsed then.
            return Converted.refusal(new Problem(dump.shown(), e.line(), e.column(), e.reason()));
        }
        String markdown;
        ArchivedArticle archived;
        try {
            SourceFile source = SourceFile.of(dump.file().getFileName().toString(), bytes);
            Article article = withTopics(ArticleAssembler.assemble(dump.id(), source, paragraphs, dump.sidecar(),
                    profile));
            markdown = MarkdownWriter.write(article);
            archived = MarkdownReader.read(markdown);
        } catch (RuntimeException e) {
            // A bug met on one dump must not cost the user the rest of the archive.
            return Converted.refusal(Problem.of(dump.shown(), "could not be built, please report this: " + e));
        }
        String folder = "articles/" + dump.id() + "/";
        site.write(folder + "source.txt", bytes);
        site.write(folder + "article.md", utf8(markdown));
        return new Converted(ArticleSummary.of(archived), dump.shown(), null);
    }

    /** Renders the page of the article at a position of the archive order; returns why it could not, or null. */
    private Problem renderArticle(StagingArea site, PageRenderer renderer, Catalogue catalogue, int i,
                                  Map<String, String> shownById, IndexBuilder search) {
        List<ArticleSummary> ordered = catalogue.articles();
        ArticleSummary summary = ordered.get(i);
        String folder = "articles/" + summary.id() + "/";
        ArticleLinks links = new ArticleLinks(
                i > 0 ? Optional.of(ordered.get(i - 1)) : Optional.empty(),
                i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1)) : Optional.empty(),
                catalogue.related(i, settings.relatedCount()));
        String page;
        ArchivedArticle archived;
        try {
            archived = MarkdownReader.read(new String(site.read(folder + "article.md"), StandardCharsets.UTF_8));
            page = renderer.articlePage(archived, links, catalogue.index());
        } catch (RuntimeException e) {
            // Its Markdown was read once already, so only a renderer bug ends here; the article's folder
            // keeps its source and Markdown, and the listings still name it.
            return Problem.of(shownById.get(summary.id()), "could not be rendered, please report this: " + e);
        }
        site.write(summary.path(), utf8(page));
        SearchDocument document = SearchDocument.of(i, summary, archived);
        SearchText text = SearchText.of(document);
        site.write(text.path(), text.script());
        search.add(i, IndexBuilder.entry(document, text));
        return null;
    }

    /** The article with the topics it is about as its tags: the given ones if any, else those found in it. */
    private static Article withTopics(Article article) {
        Metadata m = article.metadata();
        if (!m.tags().isEmpty()) return article;
        Metadata tagged = new Metadata(m.title(), m.summary(), m.language(), m.publisher(), m.year(), m.byline(),
                m.published(), m.url(), m.authors(), TopicExtractor.extract(article), m.wordCount());
        return new Article(article.id(), article.source(), tagged, article.paragraphs());
    }

    private void writeListings(Workers workers, Progress progress, StagingArea site, PageRenderer renderer,
                               Catalogue catalogue, List<String> pages) {
        SiteIndex index = catalogue.index();
        List<Listing> listings = new ArrayList<>();
        paginate(listings, "", "The archive", "", catalogue.articles());

        List<Group> years = new ArrayList<>();
        catalogue.years().forEach((year, articles) -> {
            String folder = "years/" + year + "/";
            paginate(listings, folder, Integer.toString(year), "Articles from", articles);
            years.add(new Group(Integer.toString(year), folder + "index.html", articles.size()));
        });
        site.write("years/index.html", utf8(renderer.directoryPage("years/", "Years", years)));
        pages.add("years/index.html");

        List<Group> publishers = new ArrayList<>();
        catalogue.publishers().forEach((publisher, articles) -> {
            String path = index.publisherPath(publisher).orElseThrow();
            String folder = path.substring(0, path.length() - "index.html".length());
            paginate(listings, folder, publisher, "Articles published by", articles);
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
            paginate(listings, folder, topic.name(), "Articles about", articles);
            Group group = new Group(topic.name(), folder + "index.html", articles.size());
            topics.add(group);
            letters.put(group, letter(key));
        });
        site.write("topics/index.html", utf8(renderer.topicsPage(topics, letters::get)));
        pages.add("topics/index.html");

        stage(workers, progress, "listing", listings.size(), i -> {
            Listing listing = listings.get(i);
            site.write(listing.path(), utf8(renderer.listPage(listing, index)));
            return listing;
        });
        for (Listing listing : listings) pages.add(listing.path());
    }

    /** The heading a topic is filed under on the A–Z page: its key's first letter, or # for a digit. */
    private static String letter(String key) {
        int first = key.codePointAt(0);
        return Character.isLetter(first) ? new String(Character.toChars(Character.toUpperCase(first))) : "#";
    }

    /** Cuts a listing into pages of {@code per_page} articles; an empty listing still gets its first page. */
    private void paginate(List<Listing> listings, String folder, String heading, String intro,
                          List<ArticleSummary> articles) {
        int perPage = settings.perPage();
        int pages = Math.max(1, (articles.size() + perPage - 1) / perPage);
        for (int n = 1; n <= pages; n++) {
            List<ArticleSummary> items =
                    articles.subList((n - 1) * perPage, Math.min(articles.size(), n * perPage));
            listings.add(new Listing(folder, heading, intro, items, n, pages, articles.size()));
        }
    }

    /** A file in the seeds folder: its name as shown, its article id, or why it cannot be one. */
    private record Listed(Path file, String shown, String id, Problem refused) {}

    /**
     * What the first pass made of a file: the fingerprints of its paragraphs and its sidecar; or why it was refused;
     * or a warning that it holds no article.
     */
    private record Scanned(long[] fingerprints, Sidecar sidecar, Problem refused, Problem warning) {
        static Scanned refusal(Problem problem) {
            return new Scanned(null, null, problem, null);
        }
    }

    /** The outcome of the first pass: the dumps to build, in file name order, and the archive's profile. */
    private record Scan(List<Dump> dumps, ArchiveProfile profile) {}

    /**
     * The first pass: checks each file's name, reads and parses it and its sidecar, and counts its paragraphs into
     * the archive profile.
     */
    private Scan scanDumps(Workers workers, Progress progress, List<Problem> refused, List<Problem> warnings)
            throws SetupException {
        List<Listed> files = new ArrayList<>();
        Map<String, String> firstFileById = new LinkedHashMap<>();
        for (Path file : listDumps()) {
            String fileName = file.getFileName().toString();
            String shown = DisplayName.of(seeds.resolve(fileName).toString());
            String id;
            try {
                id = ArticleId.of(fileName);
            } catch (IllegalArgumentException e) {
                files.add(new Listed(file, shown, null, Problem.of(shown, e.getMessage())));
                continue;
            }
            String clash = firstFileById.putIfAbsent(id, shown);
            files.add(new Listed(file, shown, id, clash == null ? null : Problem.of(shown,
                    "has the same article id '" + id + "' as " + clash + "; rename one of them")));
        }
        List<Scanned> scanned = stage(workers, progress, "reading", files.size(), i -> scan(files.get(i)));
        List<Dump> dumps = new ArrayList<>();
        ArchiveProfile.Builder profile = new ArchiveProfile.Builder();
        for (int i = 0; i < files.size(); i++) {
            Scanned s = scanned.get(i);
            if (s.refused() != null) {
                refused.add(s.refused());
            } else if (s.warning() != null) {
                warnings.add(s.warning());
            } else {
                Listed file = files.get(i);
                profile.add(s.fingerprints());
                dumps.add(new Dump(file.file(), file.id(), file.shown(), s.sidecar()));
            }
        }
        return new Scan(dumps, profile.build());
    }

    private Scanned scan(Listed listed) {
        if (listed.refused() != null) return Scanned.refusal(listed.refused());
        String shown = listed.shown();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(listed.file());
        } catch (IOException e) {
            return Scanned.refusal(Problem.of(shown, "cannot read: " + e.getMessage()));
        }
        try {
            List<String> paragraphs = DumpParser.parse(shown, bytes);
            if (paragraphs.isEmpty()) return new Scanned(null, null, null, Problem.of(shown, "empty list, no article made"));
            Sidecar sidecar = readSidecar(listed.file());
            return new Scanned(ArchiveProfile.fingerprints(paragraphs), sidecar, null, null);
        } catch (DumpSyntaxException e) {
            return Scanned.refusal(new Problem(shown, e.line(), e.column(), e.reason()));
        } catch (SidecarException e) {
            // Metadata the user wrote by hand is refused rather than ignored, so a typo is not lost silently.
            return Scanned.refusal(Problem.of(DisplayName.of(e.file()), (e.field().isEmpty() ? "" : "field \""
                    + e.field() + "\": ") + e.reason()));
        } catch (IOException e) {
            return Scanned.refusal(Problem.of(shown, "cannot read its sidecar: " + e.getMessage()));
        }
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
}
