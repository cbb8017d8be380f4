package io.broadsheet.site;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
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
import io.broadsheet.search.IndexPatch;
import io.broadsheet.search.SearchDocument;
import io.broadsheet.search.SearchText;
import io.broadsheet.site.BuildCache.CachedArticle;
import io.broadsheet.site.BuildCache.SeedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.LongStream;

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
 *
 * <p>Builds are incremental: every step has a key, the digest of everything it reads, and the {@link BuildCache}
 * of the previous build tells which keys are unchanged; those steps are skipped and their files kept. Only new and
 * changed files are staged, then moved into the site under a journal ({@link CacheFolder}). Without a usable
 * cache, or when asked for a clean build, the whole site is staged and swapped in; both ways give the same bytes.
 * See {@code docs/incremental.md}.
 */
public final class SiteBuilder {
    private final Path seeds;
    private final Theme theme;
    /** The user's theme folder, whose files are inputs of every page; empty for the packaged theme alone. */
    private final Optional<Path> themeFolder;
    private final Path out;
    private final SiteSettings settings;
    private final int threads;
    private final boolean clean;

    /**
     * A builder with the default settings.
     *
     * @param seeds     the folder of dumps, with optional sidecars ({@code NAME.json} beside {@code NAME.txt})
     * @param templates the theme folder; templates and assets it lacks come from the packaged default theme, which
     *                  is used whole when the folder does not exist
     * @param out       the site folder to write: replaced whole by a clean build, updated in place by an incremental one
     */
    public SiteBuilder(Path seeds, Path templates, Path out) {
        this(seeds, templates, out, SiteSettings.DEFAULTS);
    }

    /** As {@link #SiteBuilder(Path, Path, Path)}, with the given site settings; it uses every processor. */
    public SiteBuilder(Path seeds, Path templates, Path out, SiteSettings settings) {
        this(Objects.requireNonNull(seeds, "seeds"),
                // Without a theme folder the packaged default theme is used whole.
                Files.isDirectory(Objects.requireNonNull(templates, "templates"))
                        ? Optional.of(templates) : Optional.empty(),
                Objects.requireNonNull(out, "out"), Objects.requireNonNull(settings, "settings"),
                Runtime.getRuntime().availableProcessors(), false);
    }

    private SiteBuilder(Path seeds, Optional<Path> themeFolder, Path out, SiteSettings settings, int threads,
                        boolean clean) {
        this.seeds = seeds;
        this.themeFolder = themeFolder;
        this.theme = themeFolder.map(Theme::of).orElseGet(Theme::defaults);
        this.out = out;
        this.settings = settings;
        this.threads = threads;
        this.clean = clean;
    }

    /**
     * This builder with the work shared among the given number of threads; the site is the same for any number.
     *
     * @param threads at least 1
     */
    public SiteBuilder withThreads(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        return new SiteBuilder(seeds, themeFolder, out, settings, threads, clean);
    }

    /**
     * This builder ignoring the build cache if {@code clean}: every step is done and the whole site replaced.
     * The site is the same either way.
     */
    public SiteBuilder withClean(boolean clean) {
        return new SiteBuilder(seeds, themeFolder, out, settings, threads, clean);
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
        CacheFolder cacheFolder = CacheFolder.of(out);
        try (CacheFolder.Lock lock = cacheFolder.lock()) {
            return build(progress, cacheFolder);
        }
    }

    /** The build itself, with the site taken for it. */
    private BuildReport build(Progress progress, CacheFolder cacheFolder) throws SetupException {
        cacheFolder.recover();
        Workers workers = new Workers(threads);
        // The head of the cache is read while the seeds folder is listed: where the file system makes the stats of
        // every dump wait (a cold cache, a network share) the two overlap. With everything in memory on two cores
        // they only share the processors (0.79 s together against 0.75 s one after the other at 100,000 dumps).
        // The bulk of the cache (articles and outputs) is read only once the build is known to have work to do.
        Workers.Both<BuildCache, SeedsFolder> first;
        try {
            first = workers.both(
                    () -> clean ? BuildCache.EMPTY
                            : cacheFolder.read(BuildCache.Part.HEAD, workers).orElse(BuildCache.EMPTY),
                    () -> listDumps(workers));
        } catch (UnreadableSeeds e) {
            throw e.failure;
        }
        BuildCache head = first.first();
        List<Problem> refused = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Reading reading = readDumps(workers, progress, head, first.second());
        Inputs inputs = inputs(reading.digest());
        if (head != BuildCache.EMPTY && Arrays.equals(head.siteDigest(), inputs.site())) {
            BuildReport before = head.report();
            return new BuildReport(before.built(), before.refused(), before.warnings(), 0, 0, 0, 0, false);
        }
        Prepared prepared = prepare(workers, cacheFolder, reading, head, refused, warnings);
        // Every file's attributes and sidecar bytes are not to be held for the whole build. The head's seed files
        // and scans are (mostly arrays this build's scan shares): a delta of the cache holds what differs from them.
        BuildCache seedsBefore = head;
        reading = null;
        head = null;
        Scan scan = prepared.scan();
        BuildCache previous = prepared.previous();
        SeedsRecord seedsRecord = scan.record();
        boolean incremental = previous != BuildCache.EMPTY;

        try (SiteTarget target = incremental ? DeltaArea.open(out.toAbsolutePath().normalize()) : StagingArea.open(out);
             SpilledEntries spill = openSpill(cacheFolder.dir())) {
            SiteWrites site = new SiteWrites(previous.outputs(), target);
            PageRenderer renderer = new PageRenderer(theme, settings);
            List<Converted> converted = convertAll(workers, progress, scan, site, previous, inputs, spill);
            // Every dump and the archive profile are done with once every dump is converted.
            scan = null;
            List<ArticleSummary> summaries = new ArrayList<>();
            // Paths only: the dumps, with their fingerprints, are let go.
            Map<String, Path> fileById = new HashMap<>(HashCapacity.forSize(converted.size()));
            // Filled in the order of the dumps' file names, which is the order the cache writes them in.
            Map<String, CachedArticle> articles = new LinkedHashMap<>(HashCapacity.forSize(converted.size()));
            int madeAfresh = 0;
            for (Converted c : converted) {
                if (c.article() == null) {
                    refused.add(c.refused());
                    continue;
                }
                ArticleSummary summary = c.article().summary();
                // A kept article is the previous build's own record.
                if (c.article() != previous.articles().get(summary.id())) madeAfresh++;
                summaries.add(summary);
                fileById.put(summary.id(), c.file());
                articles.put(summary.id(), c.article());
            }
            // After a small edit most pages provably show nothing that changed: their keys are not worked out.
            // Which articles changed is found while the catalogue is made, as each takes one thread; so is what a
            // delta of the cache must hold of the seed files and scans, which the catalogue takes longer than.
            Workers.Both<Catalogue, Changed> grouped = workers.both(() -> {
                ArchiveOrder.sort(summaries);
                return new Catalogue(summaries);
            }, () -> new Changed(ArchiveChanges.since(previous, articles, inputs.common()),
                    incremental ? BuildCache.changedSeeds(seedsBefore, seedsRecord.files(), seedsRecord.fingerprints())
                            : null));
            Catalogue catalogue = grouped.first();
            List<ArticleSummary> ordered = catalogue.articles();
            Optional<ArchiveChanges> changes = grouped.second().archive();
            BitSet toKey = changes.map(c -> c.pagesToKey(catalogue)).orElse(null);
            LinkKeys linkKeys = new LinkKeys(catalogue.index());
            List<Problem> unrendered = stage(workers, progress, "rendering", ordered.size(),
                    i -> toKey != null && !toKey.get(i)
                            && site.kept(ArticleSummary.FOLDER, ordered.get(i).id(), ArticleSummary.PAGE) ? null
                            : renderArticle(site, renderer, catalogue, linkKeys, i, fileById, articles, inputs));
            // Every page's path, for the sitemap: paths only, so even a large archive's list stays small.
            List<String> pages = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                if (unrendered.get(i) == null) {
                    pages.add(ordered.get(i).path());
                } else {
                    refused.add(unrendered.get(i));
                }
            }
            SearchIndex searchIndex = writeSearchIndex(workers, progress, site, previous, cacheFolder.dir(), ordered,
                    unrendered, articles, spill, inputs);
            // Gone before the cache folder is tidied, which removes scratch files it finds.
            spill.close();
            writeListings(workers, progress, site, renderer, catalogue, linkKeys, pages, inputs, changes);
            site.put("feed.xml", utf8(AtomFeed.of(settings,
                    ordered.subList(0, Math.min(ordered.size(), settings.feedSize())))));
            site.put("404.html", utf8(renderer.notFoundPage()));
            site.put("search/index.html", utf8(renderer.searchPage()));
            pages.add("search/index.html");
            settings.baseUrl().ifPresent(baseUrl -> {
                pages.sort(null);
                putSitemap(site, inputs, baseUrl, pages);
                site.put("robots.txt", utf8(Sitemap.robots(baseUrl)));
            });
            theme.assets().forEach((path, bytes) -> site.put("assets/" + path, bytes));
            site.put(StagingArea.MARKER, utf8(StagingArea.MARKER_TEXT));

            List<String> removed = incremental ? site.removed() : List.of();
            BuildReport report = new BuildReport(ordered.size(), refused, warnings, madeAfresh, site.remade(),
                    site.written(), removed.size(), !incremental);
            BuildCache next = new BuildCache(inputs.code(), inputs.site(), "", report, seedsRecord.fingerprints(),
                    seedsRecord.repeats(), seedsRecord.files(), articles, searchIndex.key(), searchIndex.entries(), site.outputs(), inputs.common());
            if (target instanceof DeltaArea delta) {
                cacheFolder.apply(delta, removed, previous, next, grouped.second().seeds(), workers);
            } else {
                cacheFolder.discard();
                ((StagingArea) target).publish();
                cacheFolder.save(next, workers);
            }
            return report;
        }
    }

    /**
     * What changed since the previous build: in the archive, for the pages, and among the seed files and scans, for
     * a delta of the cache (null for a clean build).
     */
    private record Changed(Optional<ArchiveChanges> archive, BuildCache.DeltaKeys seeds) {}

    /** A build's dumps, scanned, and the rest of the previous build's cache, or an empty one. */
    private record Prepared(Scan scan, BuildCache previous) {}

    /**
     * Scans the dumps while the rest of the cache is read: the scan is mostly one thread's work, and at 100,000
     * articles each takes a few tenths of a second. The scan holds what it needs of the head; the rest of the cache
     * is read without the head's seed files and fingerprints, so that a large archive's are not held two or three
     * times over for the rest of the build.
     */
    private Prepared prepare(Workers workers, CacheFolder cacheFolder, Reading reading, BuildCache head,
                             List<Problem> refused, List<Problem> warnings) {
        Workers.Both<Scan, BuildCache> both = workers.both(
                () -> scanDumps(workers, reading, refused, warnings, head),
                () -> head == BuildCache.EMPTY ? BuildCache.EMPTY
                        : cacheFolder.read(BuildCache.Part.BULK, workers).orElse(BuildCache.EMPTY));
        return new Prepared(both.first(), both.second());
    }

    /**
     * The digests every step's key starts from.
     *
     * @param code   the running code
     * @param common the code, the settings and the theme: what every page is made with
     * @param site   every input of the build: when it is unchanged, the site is up to date
     */
    private record Inputs(byte[] code, byte[] common, byte[] site) {}

    private Inputs inputs(byte[] dumps) throws SetupException {
        byte[] code = CodeVersion.digest();
        Digest common = Digest.of("common").bytes(code)
                .text(settings.title()).text(settings.description()).optional(settings.baseUrl())
                .text(settings.language()).number(settings.perPage()).number(settings.feedSize())
                .number(settings.relatedCount()).optional(settings.author()).text(settings.footer())
                .optional(settings.sourceDate());
        common.number(themeFolder.isPresent() ? 1 : 0);
        if (themeFolder.isPresent()) {
            try {
                CodeVersion.tree(common, themeFolder.get());
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new SetupException("cannot read templates folder " + themeFolder.get() + ": " + e.getMessage(), e);
            }
        }
        byte[] commonDigest = common.done();
        return new Inputs(code, commonDigest, Digest.of("site").bytes(commonDigest).bytes(dumps).done());
    }

    private static <R> List<R> stage(Workers workers, Progress progress, String name, int count, IntFunction<R> work) {
        progress.stage(name, count);
        return workers.map(count, work, progress);
    }

    /**
     * A dump that parsed and is to be built.
     *
     * @param sidecar       its sidecar ({@link Sidecar#NONE} without one), or null if it is to be parsed when the dump
     *                      is converted
     * @param digest        the SHA-256 of its bytes
     * @param sidecarDigest the SHA-256 of its sidecar's bytes, or empty without one
     * @param fingerprints  its paragraphs' fingerprints, as counted into the profile
     * @param countsKept    whether each of its fingerprints was counted in as many dumps by the previous build
     * @param bytesKept     whether the previous build read a dump of this name with these bytes, and its sidecar (or
     *                      none) with these
     */
    private record Dump(Path file, String id, Sidecar sidecar, byte[] digest, byte[] sidecarDigest,
                        long[] fingerprints, boolean countsKept, boolean bytesKept) {
        /** The dump's name as the user sees it, made when asked for. */
        String shown() {
            return DisplayName.of(file.toString());
        }
    }

    /**
     * What the second pass made of a dump: its article, or why it was refused.
     *
     * @param article what the build keeps of the article, or null if it was refused
     * @param file    the dump it was made from, or null if it was refused
     * @param refused why it was refused, or null
     */
    private record Converted(CachedArticle article, Path file, Problem refused) {
        static Converted refusal(Problem problem) {
            return new Converted(null, null, problem);
        }
    }

    private List<Converted> convertAll(Workers workers, Progress progress, Scan scan, SiteWrites site,
                                       BuildCache previous, Inputs inputs, SpilledEntries spill) {
        return stage(workers, progress, "converting", scan.dumps().size(),
                i -> convert(scan.dumps().get(i), scan.profile(), site, previous, inputs, spill));
    }

    /**
     * Classifies one dump with the whole archive's profile, writes its source and Markdown, and sums it up; or
     * keeps what the previous build made of it, if none of that depends on has changed.
     */
    private Converted convert(Dump dump, ArchiveProfile profile, SiteWrites site, BuildCache previous,
                              Inputs inputs, SpilledEntries spill) {
        // The profile enters only through the facts this dump's classification reads, so that a dump added
        // elsewhere in the archive does not make every article be converted again.
        CachedArticle before = previous.articles().get(dump.id());
        byte[] counts = countsOf(dump, profile, previous, before);
        // The previous build's key when it was made from all the same parts (a cache is only read by the code that
        // wrote it, and only the file of this name can have given the article this id): after a small edit of a
        // large archive, digesting every kept article's parts again was a visible part of the build.
        byte[] key = before != null && dump.bytesKept() && counts == before.counts() ? before.key()
                : Digest.of("convert").bytes(inputs.code()).text(dump.id())
                .text(dump.file().getFileName().toString()).bytes(dump.digest()).bytes(dump.sidecarDigest())
                .bytes(counts).done();
        // Looked up by the parts of their paths: a large archive's kept articles would make 300,000 paths for this.
        if (before != null && Arrays.equals(before.key(), key)
                && site.unchanged(ArticleSummary.FOLDER, dump.id(), "/source.txt", dump.digest())
                && site.unchanged(ArticleSummary.FOLDER, dump.id(), "/article.md", key)
                && site.unchanged(SearchText.FOLDER, dump.id(), SearchText.SUFFIX, key)) {
            return new Converted(before, dump.file(), null);
        }
        String folder = ArticleSummary.FOLDER + dump.id() + "/";
        Sidecar sidecar = dump.sidecar();
        if (sidecar == null) {
            // Bytes the previous build parsed without complaint, so parsed again only now that they are needed.
            Read<Sidecar> read = readSidecar(dump.file(), dump.shown(), null);
            if (read.refused() != null) return Converted.refusal(read.refused());
            sidecar = read.value();
        }
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
        byte[] markdown;
        ArchivedArticle archived;
        try {
            SourceFile source = SourceFile.of(dump.file().getFileName().toString(), bytes);
            Article article = TopicExtractor.withTopics(ArticleAssembler.assemble(dump.id(), source, paragraphs, sidecar, profile));
            // As reading the Markdown back would give it, which the round-trip tests hold the writer to.
            archived = MarkdownWriter.archive(article);
            markdown = utf8(MarkdownWriter.write(archived));
        } catch (RuntimeException | StackOverflowError e) {
            // A bug met on one dump must not cost the user the rest of the archive; a pattern recursing once per
            // character of a pathological paragraph is such a bug, and its overflow is confined to this dump.
            return Converted.refusal(Problem.of(dump.shown(), "could not be built, please report this: " + e));
        }
        site.put(folder + "source.txt", dump.digest(), bytes);
        site.put(folder + "article.md", key, markdown);
        ArticleSummary summary = ArticleSummary.of(archived);
        // The article's part of the search index depends on it alone: its text file is written now, and its entry
        // is kept so that the index can be remade without reading or tokenising any article again.
        SearchDocument document = SearchDocument.of(0, summary, archived);
        SearchText text = SearchText.of(document);
        site.put(text.path(), key, text.script());
        spill.add(dump.id(), IndexBuilder.entry(document, text).toBytes());
        return new Converted(new CachedArticle(key, Digest.content(markdown), summary, counts), dump.file(), null);
    }

    /**
     * What the dump's conversion reads of the rest of the archive ({@link ArchiveProfile#digestFor}): the previous
     * build's digest when that build counted the same fingerprints for the same dump bytes in as many dumps, which
     * spares looking up every fingerprint of every dump after a small edit.
     */
    private static byte[] countsOf(Dump dump, ArchiveProfile profile, BuildCache previous, CachedArticle before) {
        if (dump.countsKept() && before != null) {
            OutputTable written = previous.outputs();
            int source = written.rowOf(ArticleSummary.FOLDER, dump.id(), "/source.txt");
            if (source >= 0 && written.hasKey(source, dump.digest())) return before.counts();
        }
        return profile.digestFor(dump.fingerprints());
    }

    /**
     * Renders the page of the article at a position of the archive order, unless the previous build rendered it
     * from the same inputs; returns why it could not, or null.
     */
    private Problem renderArticle(SiteWrites site, PageRenderer renderer, Catalogue catalogue, LinkKeys linkKeys,
                                  int i, Map<String, Path> fileById, Map<String, CachedArticle> articles,
                                  Inputs inputs) {
        List<ArticleSummary> ordered = catalogue.articles();
        ArticleSummary summary = ordered.get(i);
        String folder = "articles/" + summary.id() + "/";
        ArticleLinks links = new ArticleLinks(
                i > 0 ? Optional.of(ordered.get(i - 1)) : Optional.empty(),
                i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1)) : Optional.empty(),
                catalogue.related(i, settings.relatedCount()));
        SiteIndex index = catalogue.index();
        // The page shows its own Markdown and, of the site, only what it links to: its neighbours, its related
        // articles and the pages of the publishers, years and topics it names.
        Digest key = Digest.of("article").bytes(inputs.common()).bytes(articles.get(summary.id()).markdown());
        linkKeys.add(key, summary);
        for (String topic : summary.topics()) key.optional(index.topic(topic).map(t -> t.name() + "/" + t.slug()));
        key.number(links.previous().isPresent() ? 1 : 0);
        links.previous().ifPresent(s -> linkKeys.add(key, s));
        key.number(links.next().isPresent() ? 1 : 0);
        links.next().ifPresent(s -> linkKeys.add(key, s));
        key.number(links.related().size());
        links.related().forEach(s -> linkKeys.add(key, s));
        byte[] pageKey = key.done();
        if (site.unchanged(summary.path(), pageKey)) return null;
        String page;
        try {
            ArchivedArticle archived = MarkdownReader.read(new String(site.read(folder + "article.md"),
                    StandardCharsets.UTF_8));
            page = renderer.articlePage(archived, links, index);
        } catch (RuntimeException | StackOverflowError e) {
            // Its Markdown was read once already, so only a renderer bug ends here; the article's folder
            // keeps its source and Markdown, and the listings still name it.
            return Problem.of(DisplayName.of(fileById.get(summary.id()).toString()),
                    "could not be rendered, please report this: " + e);
        }
        site.put(summary.path(), pageKey, utf8(page));
        return null;
    }

    /** Articles whose search entries are read from the cache and decoded together, across the threads. */
    private static final int SEARCH_BATCH = 2048;

    /**
     * The search index as built.
     *
     * @param key     the digest of its inputs
     * @param entries the name of the {@link SearchEntries} file holding every article's entry
     */
    private record SearchIndex(byte[] key, String entries) {}

    /**
     * Writes the search index, which depends on every article: patched when a few articles changed in place (only
     * the files their words are in are rewritten), otherwise remade from the entries kept per article; either way
     * only files whose bytes changed are written. The entries of the articles this build converted are kept in the
     * cache: in a small file beside the previous build's while the archive holds the same articles, or else merged
     * with the previous build's, streamed from the cache, into a new {@link SearchEntries} file, so that they are
     * never all in memory at once.
     */
    private static SearchIndex writeSearchIndex(Workers workers, Progress progress, SiteWrites site,
                                                BuildCache previous, Path cacheDir, List<ArticleSummary> ordered,
                                                List<Problem> unrendered, Map<String, CachedArticle> articles,
                                                SpilledEntries spill, Inputs inputs) throws SetupException {
        Map<String, Integer> numbers = new HashMap<>(HashCapacity.forSize(ordered.size()));
        for (int i = 0; i < ordered.size(); i++) {
            if (unrendered.get(i) == null) numbers.put(ordered.get(i).id(), i);
        }
        // Both walk every article on one thread, so they are worked out side by side; whether the articles were
        // edited in place is needed only when the index is not kept whole, which after an edit it seldom is.
        Workers.Both<byte[], Optional<Set<String>>> walked = workers.both(
                () -> searchKey(inputs, ordered, numbers, articles),
                () -> editedInPlace(previous, inputs, ordered, numbers, articles));
        byte[] key = walked.first();
        boolean indexKept = Arrays.equals(previous.search(), key) && site.unchangedAll(key);
        // An article converted again, even to the same Markdown, has its entry in the spill; the previous file
        // holds every other article's, and stays right while no entry is new.
        boolean entriesKept = !previous.searchFile().isEmpty() && spill.isEmpty();
        if (indexKept && entriesKept) return new SearchIndex(key, previous.searchFile());

        List<String> ids = new ArrayList<>(articles.keySet());
        ids.sort(null);
        String entries;
        try {
            SortedMap<String, byte[]> delta = previous.searchFile().isEmpty()
                    || !previous.articles().keySet().equals(articles.keySet()) ? null
                    : delta(cacheDir, previous.searchFile(), spill, ids.size());
            progress.stage("indexing", delta != null ? delta.size() : ids.size());
            entries = delta != null ? writeDelta(progress, cacheDir, previous.searchFile(), delta)
                    : mergeEntries(progress, cacheDir, previous.searchFile(), spill, ids);
        } catch (IOException e) {
            throw new SetupException("cannot read or write the search entries of the build cache in " + cacheDir
                    + ": " + e.getMessage() + "; run the build with --clean", e);
        }
        if (indexKept) return new SearchIndex(key, entries);

        // Perhaps none: articles converted again to the same Markdown and summaries, in the same places, need no
        // more than the patch's checks that the previous index holds every article.
        Set<String> edited = walked.second().orElse(null);
        Optional<IndexPatch.Result> patch = Optional.empty();
        if (edited != null) {
            List<IndexPatch.Change> changes = new ArrayList<>();
            for (String id : edited) {
                byte[] before = previousEntry(site, previous.articles().get(id).summary());
                byte[] after = spilled(spill, id, cacheDir);
                if (before != null && after != null) changes.add(new IndexPatch.Change(numbers.get(id), before, after));
            }
            if (changes.size() == edited.size()) patch = IndexPatch.of(site::previousFile, ordered.size(), changes);
        }
        if (patch.isPresent()) {
            patch.get().written().forEach((path, bytes) -> site.put(path, key, bytes));
            for (String path : previous.outputs().pathsWithKey(previous.search())) {
                if (!patch.get().written().containsKey(path) && !patch.get().removed().contains(path)) {
                    site.keepAs(path, key);
                }
            }
        } else {
            remakeSearchIndex(workers, progress, site, cacheDir, entries, ids, numbers, key);
        }
        return new SearchIndex(key, entries);
    }

    /** The spilled entry of an article, or null if it has none. */
    private static byte[] spilled(SpilledEntries spill, String id, Path cacheDir) throws SetupException {
        try {
            return spill.entry(id);
        } catch (IOException e) {
            throw new SetupException("cannot read the scratch file of the build cache in " + cacheDir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * An article's search entry as the previous build made it, from the Markdown it published (checked against its
     * recorded digest) and its summary: what an entry is made of, so that finding it needs no read through every
     * stored entry. Null if that Markdown is gone or changed.
     */
    private static byte[] previousEntry(SiteWrites site, ArticleSummary summary) {
        byte[] markdown = site.previousFile("articles/" + summary.id() + "/article.md");
        if (markdown == null) return null;
        ArchivedArticle archived = MarkdownReader.read(new String(markdown, StandardCharsets.UTF_8));
        return IndexBuilder.entry(SearchDocument.of(0, summary, archived)).toBytes();
    }

    /** A delta of entries larger than this share of the articles is merged into a new file of every entry. */
    private static final int DELTA_SHARE = 16;

    /**
     * The entries that differ from the previous file of every entry: the previous delta's and this build's; null if
     * they are too many to keep beside it.
     */
    private static SortedMap<String, byte[]> delta(Path cacheDir, String previousSet, SpilledEntries spill,
                                                   int articles) throws IOException {
        SortedMap<String, byte[]> delta = SearchEntries.replacements(cacheDir, previousSet);
        for (String id : spill.ids()) delta.put(id, spill.entry(id));
        return delta.size() > Math.max(1, articles / DELTA_SHARE) ? null : delta;
    }

    /** Keeps the previous file of every entry and writes the delta beside it; returns the new set's name. */
    private static String writeDelta(Progress progress, Path cacheDir, String previousSet,
                                     SortedMap<String, byte[]> delta) throws IOException {
        String base = SearchEntries.files(previousSet).get(0);
        if (delta.isEmpty()) return base;
        try (SearchEntries.Writer writer = new SearchEntries.Writer(cacheDir)) {
            for (Map.Entry<String, byte[]> entry : delta.entrySet()) {
                writer.add(entry.getKey(), entry.getValue());
                progress.advance();
            }
            return SearchEntries.set(base, writer.finish());
        }
    }

    /** Writes every article's entry into a new file: this build's where it converted the article, else the cache's. */
    private static String mergeEntries(Progress progress, Path cacheDir, String previousSet, SpilledEntries spill,
                                       List<String> ids) throws IOException {
        try (SearchEntries.Reader reader = previousSet.isEmpty() ? null : new SearchEntries.Reader(cacheDir, previousSet);
             SearchEntries.Writer writer = new SearchEntries.Writer(cacheDir)) {
            for (String id : ids) {
                byte[] entry = spill.entry(id);
                if (entry == null) {
                    if (reader == null) throw new IOException("the build cache has no search entries");
                    entry = reader.entry(id);
                }
                writer.add(id, entry);
                progress.advance();
            }
            if (reader != null) reader.finish();
            return writer.finish();
        }
    }

    /**
     * The digest of every input of the search index: each article's place and its conversion key, which decides its
     * Markdown and summary (and is much shorter to digest than the summary).
     */
    private static byte[] searchKey(Inputs inputs, List<ArticleSummary> ordered, Map<String, Integer> numbers,
                                    Map<String, CachedArticle> articles) {
        Digest digest = Digest.of("search").bytes(inputs.code());
        for (int i = 0; i < ordered.size(); i++) {
            if (!numbers.containsKey(ordered.get(i).id())) continue;
            CachedArticle article = articles.get(ordered.get(i).id());
            digest.number(i).bytes(article.key());
        }
        return digest.done();
    }

    /** Articles edited since a previous build can be patched into its index, at most this share of the archive. */
    private static final int PATCH_SHARE = 64;

    /**
     * The articles whose Markdown or summary changed while every article kept its place and the previous index was
     * made by this code (perhaps none: converted again to the same Markdown and summary); empty when the index is to
     * be remade: articles were added, removed or moved, or too many changed for a patch to be quicker. That the previous index numbered every article without gaps (none failed
     * to render) is for {@link IndexPatch} to check, from its meta file.
     */
    private static Optional<Set<String>> editedInPlace(BuildCache previous, Inputs inputs, List<ArticleSummary> ordered,
                                             Map<String, Integer> numbers, Map<String, CachedArticle> articles) {
        Map<String, CachedArticle> before = previous.articles();
        if (previous.search().length == 0 || !Arrays.equals(previous.code(), inputs.code())
                || numbers.size() != articles.size() || before.size() != articles.size()) {
            return Optional.empty();
        }
        Set<String> edited = new HashSet<>();
        ArticleSummary last = null;
        for (ArticleSummary summary : ordered) {
            CachedArticle was = before.get(summary.id());
            // The previous articles in this build's order are in the previous build's order when still sorted.
            if (was == null || last != null && ArchiveOrder.NEWEST_FIRST.compare(last, was.summary()) >= 0) {
                return Optional.empty();
            }
            last = was.summary();
            CachedArticle is = articles.get(summary.id());
            // An article not converted again is the previous build's own object.
            if (was != is && (!Arrays.equals(was.markdown(), is.markdown()) || !was.summary().equals(is.summary()))) {
                edited.add(summary.id());
            }
            if (edited.size() > Math.max(1, articles.size() / PATCH_SHARE)) return Optional.empty();
        }
        return Optional.of(edited);
    }

    /** Remakes the whole search index from every article's entry, read back from the search entries file. */
    private static void remakeSearchIndex(Workers workers, Progress progress, SiteWrites site, Path cacheDir,
                                          String entries, List<String> ids, Map<String, Integer> numbers, byte[] key)
            throws SetupException {
        IndexBuilder search = new IndexBuilder();
        progress.stage("reindexing", ids.size());
        try (SearchEntries.Reader reader = new SearchEntries.Reader(cacheDir, entries)) {
            for (int from = 0; from < ids.size(); from += SEARCH_BATCH) {
                int start = from;
                byte[][] batch = new byte[Math.min(SEARCH_BATCH, ids.size() - from)][];
                for (int k = 0; k < batch.length; k++) batch[k] = reader.entry(ids.get(start + k));
                workers.map(batch.length, k -> {
                    Integer number = numbers.get(ids.get(start + k));
                    if (number != null) search.add(number, batch[k]);
                    return null;
                }, progress);
            }
            reader.finish();
        } catch (IOException e) {
            throw new SetupException("cannot read the search entries of the build cache in " + cacheDir
                    + ": " + e.getMessage() + "; run the build with --clean", e);
        }
        search.writeFiles((path, bytes) -> site.put(path, key, bytes), workers.threads());
    }

    private static SpilledEntries openSpill(Path cacheDir) throws SetupException {
        try {
            return new SpilledEntries(cacheDir);
        } catch (IOException e) {
            throw new SetupException("cannot make a scratch file in the build cache folder " + cacheDir + ": "
                    + e.getMessage(), e);
        }
    }

    private void writeListings(Workers workers, Progress progress, SiteWrites site, PageRenderer renderer,
                               Catalogue catalogue, LinkKeys linkKeys, List<String> pages, Inputs inputs,
                               Optional<ArchiveChanges> changes) {
        SiteIndex index = catalogue.index();
        List<Listing> listings = new ArrayList<>();
        paginate(listings, "", "The archive", "", catalogue.articles());

        List<Group> years = new ArrayList<>();
        catalogue.years().forEach((year, articles) -> {
            String folder = "years/" + year + "/";
            paginate(listings, folder, Integer.toString(year), "Articles from", articles);
            years.add(new Group(Integer.toString(year), folder + "index.html", articles.size()));
        });
        putDirectory(site, inputs, "years/index.html", years, g -> "",
                () -> renderer.directoryPage("years/", "Years", years));
        pages.add("years/index.html");

        List<Group> publishers = new ArrayList<>();
        catalogue.publishers().forEach((publisher, articles) -> {
            String path = index.publisherPath(publisher).orElseThrow();
            String folder = path.substring(0, path.length() - "index.html".length());
            paginate(listings, folder, publisher, "Articles published by", articles);
            publishers.add(new Group(publisher, path, articles.size()));
        });
        publishers.sort(Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Group::name));
        putDirectory(site, inputs, "publishers/index.html", publishers, g -> "",
                () -> renderer.directoryPage("publishers/", "Publishers", publishers));
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
        putDirectory(site, inputs, "topics/index.html", topics, letters::get,
                () -> renderer.topicsPage(topics, letters::get));
        pages.add("topics/index.html");

        stage(workers, progress, "listing", listings.size(), i -> {
            Listing listing = listings.get(i);
            if (changes.isPresent() && !changes.get().anySummaryChanged(listing.items()) && site.kept(listing.path())) {
                return listing;
            }
            Digest key = Digest.of("listing").bytes(inputs.common()).text(listing.folder()).text(listing.heading())
                    .text(listing.intro()).number(listing.number()).number(listing.pages()).number(listing.total())
                    .number(listing.items().size());
            listing.items().forEach(s -> linkKeys.add(key, s));
            byte[] pageKey = key.done();
            if (!site.unchanged(listing.path(), pageKey)) {
                site.put(listing.path(), pageKey, utf8(renderer.listPage(listing, index)));
            }
            return listing;
        });
        for (Listing listing : listings) pages.add(listing.path());
    }

    /**
     * Puts a page listing groups (years, publishers, topics) unless the previous build made it from the same groups:
     * the A–Z page of thousands of topics is a visible part of an update that changes no group.
     *
     * @param letter the heading each group is filed under, empty where the page has none
     */
    private static void putDirectory(SiteWrites site, Inputs inputs, String path, List<Group> groups,
                                     Function<Group, String> letter, Supplier<String> page) {
        Digest key = Digest.of("directory").bytes(inputs.common()).text(path).number(groups.size());
        for (Group group : groups) {
            key.text(group.name()).text(group.path()).number(group.count()).text(letter.apply(group));
        }
        byte[] pageKey = key.done();
        if (!site.unchanged(path, pageKey)) site.put(path, pageKey, utf8(page.get()));
    }

    /**
     * Puts the sitemap files unless the previous build made them from the same pages: a large archive's sitemap is
     * megabytes of XML, which an edit that adds or removes no page does not change.
     */
    private static void putSitemap(SiteWrites site, Inputs inputs, String baseUrl, List<String> pages) {
        Digest digest = Digest.of("sitemap").bytes(inputs.common()).text(baseUrl).number(pages.size());
        pages.forEach(digest::text);
        byte[] key = digest.done();
        if (site.unchangedAll(key)) return;
        Sitemap.files(baseUrl, pages).forEach((path, xml) -> site.put(path, key, utf8(xml)));
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

    /**
     * How long before the build starts a seed file must have been last modified for the next build to trust its
     * size, time and file key instead of reading it. A file changed while it was being read, or in the same tick of
     * the file system's clock, may keep its time; it is read again by the next build, as git does with "racily
     * clean" files. Generous, since file system clocks may be coarse (two seconds on FAT) and a little behind.
     */
    private static final long RACY_MARGIN_NANOS = 3_000_000_000L;

    /**
     * A file in the seeds folder: its file name (kept, as a path makes a new one each time it is asked), its
     * attributes and its sidecar's (null without one), its article id, or why it cannot be one.
     */
    private record Listed(Path file, String name, BasicFileAttributes attributes, BasicFileAttributes sidecar,
                          String id, Problem refused) {
        /** Made when asked for, as it is needed only where there is something to say about the file. */
        String shown() {
            return DisplayName.of(file.toString());
        }
    }

    /**
     * What the first pass made of a file: the fingerprints of its paragraphs and its sidecar's bytes (null without
     * one); or why it was refused; or a warning that it holds no article. The digests are those of the file and its
     * sidecar, empty when they were not read.
     */
    private record Scanned(long[] fingerprints, byte[] sidecarBytes, Problem refused, Problem warning, byte[] digest,
                           byte[] sidecarDigest, SeedFile seedFile, SeedFile sidecarFile) {
        static Scanned refusal(Problem problem) {
            return new Scanned(null, null, problem, null, new byte[0], new byte[0], null, null);
        }
    }

    /**
     * The seeds folder as read by the first pass, before any sidecar is parsed or the archive profiled: enough to
     * tell whether anything changed, which is all a build over unchanged input needs.
     *
     * @param files   every file, in file name order
     * @param scanned what the first pass made of each
     * @param digest  the digest of every file of the seeds folder, its sidecar, and what the first pass made of it;
     *                sidecars are digested by their bytes only, since what parsing them gives follows from those
     * @param recorded every seed file read or trusted, as the next build's cache records it, by name
     */
    private record Reading(List<Listed> files, List<Scanned> scanned, byte[] digest, Map<String, SeedFile> recorded) {}

    /**
     * The outcome of the first pass: the dumps to build, in file name order, the archive's profile, and what the
     * next build's cache keeps of the seeds.
     */
    private record Scan(List<Dump> dumps, ArchiveProfile profile, SeedsRecord record) {}

    /**
     * A build counts the archive profile only for the dumps it expects to convert when they are at most one in
     * this many: past that, sorting every fingerprint once costs less than looking each one up.
     */
    private static final int PARTIAL_PROFILE_SHARE = 64;

    /**
     * What the next build's cache keeps of the seeds.
     *
     * @param fingerprints each dump's fingerprints by the hex digest of its bytes
     * @param repeats      how many dumps have the same bytes, where more than one does
     * @param files        every seed file read or trusted, by name
     */
    private record SeedsRecord(Map<String, long[]> fingerprints, Map<String, Integer> repeats,
                               Map<String, SeedFile> files) {}

    /**
     * The first pass: checks each file's name, reads and parses it and reads its sidecar. A dump the previous build
     * parsed is not parsed again: its fingerprints are kept; and one whose size, modification time and file key are
     * those the previous build recorded is not even read.
     */
    private Reading readDumps(Workers workers, Progress progress, BuildCache previous, SeedsFolder folder) {
        // The file system's clock is compared only with the files' own times, and only decides what is read again,
        // never what the site holds.
        long trustBefore = System.currentTimeMillis() * 1_000_000L - RACY_MARGIN_NANOS;
        List<Found> dumps = folder.dumps();
        List<Listed> files = workers.map(dumps.size(), i -> listed(dumps.get(i), folder), Progress.NONE);
        // In file name order, so that ids clash the same way on every machine.
        Map<String, Listed> firstFileById = new HashMap<>(HashCapacity.forSize(files.size()));
        for (int i = 0; i < files.size(); i++) {
            Listed file = files.get(i);
            if (file.id() == null) continue;
            Listed clash = firstFileById.putIfAbsent(file.id(), file);
            if (clash != null) {
                files.set(i, new Listed(file.file(), file.name(), file.attributes(), file.sidecar(), file.id(),
                        Problem.of(file.shown(), "has the same article id '" + file.id() + "' as " + clash.shown()
                                + "; rename one of them")));
            }
        }
        List<Scanned> scanned = stage(workers, progress, "reading", files.size(),
                i -> scan(files.get(i), previous));
        // In file name order, which is the order the cache writes them in.
        Map<String, SeedFile> recorded = new LinkedHashMap<>(HashCapacity.forSize(files.size()));
        for (int i = 0; i < files.size(); i++) {
            Scanned s = scanned.get(i);
            String name = files.get(i).name();
            if (s.seedFile() != null) recorded.put(name, trustedOrNot(s.seedFile(), trustBefore));
            if (s.sidecarFile() != null) recorded.put(sidecarName(name), trustedOrNot(s.sidecarFile(), trustBefore));
        }
        // Digested in runs of a fixed number of files across the threads, then the runs' digests in order: the
        // same digest however many threads there are, and not one long hash on one thread.
        List<byte[]> runs = workers.map((files.size() + SEEDS_DIGEST_RUN - 1) / SEEDS_DIGEST_RUN, run -> {
            Digest part = Digest.of("seeds run");
            for (int i = run * SEEDS_DIGEST_RUN; i < Math.min(files.size(), (run + 1) * SEEDS_DIGEST_RUN); i++) {
                Scanned s = scanned.get(i);
                part.text(files.get(i).name()).bytes(s.digest()).bytes(s.sidecarDigest())
                        .optional(Optional.ofNullable(s.refused())).optional(Optional.ofNullable(s.warning()));
            }
            return part.done();
        }, Progress.NONE);
        // Each file's name as shown follows from the folder's path and its name, so the path is digested once.
        Digest digest = Digest.of("seeds").text(seeds.toString()).number(files.size());
        runs.forEach(digest::bytes);
        return new Reading(files, scanned, digest.done(), recorded);
    }

    /** A seed file as the next build may trust it: by its stat only if it was last modified before a time. */
    private static SeedFile trustedOrNot(SeedFile file, long trustBefore) {
        return file.modified() < trustBefore ? file : file.unstatted();
    }

    /** How many files of the seeds folder one digest of {@link #readDumps} covers. */
    private static final int SEEDS_DIGEST_RUN = 1024;

    /** A dump of the seeds folder with its name checked, its id not yet compared with the others'. */
    private Listed listed(Found found, SeedsFolder folder) {
        String fileName = found.name();
        BasicFileAttributes sidecar = folder.sidecars().isEmpty() ? null : folder.sidecars().get(sidecarName(fileName));
        try {
            return new Listed(found.path(), fileName, found.attributes(), sidecar, ArticleId.of(fileName), null);
        } catch (IllegalArgumentException e) {
            return new Listed(found.path(), fileName, found.attributes(), sidecar, null,
                    Problem.of(DisplayName.of(found.path().toString()), e.getMessage()));
        }
    }

    /**
     * The rest of the first pass, for a build with work to do: parses the sidecars and counts the paragraphs of
     * every dump that is to be built into the archive profile.
     */
    private Scan scanDumps(Workers workers, Reading reading, List<Problem> refused, List<Problem> warnings,
                           BuildCache previous) {
        List<Listed> files = reading.files();
        // An empty archive is a site like any other, but a seeds folder without dumps is more often the wrong one.
        if (files.isEmpty()) warnings.add(Problem.of(DisplayName.of(seeds.toString()), "no dumps (*.txt) in this folder"));
        Set<String> refusedBefore = new HashSet<>();
        previous.report().refused().forEach(p -> refusedBefore.add(p.file()));
        List<Parsed> parsed = workers.map(files.size(), i -> {
            Listed file = files.get(i);
            return parseSidecar(file, reading.scanned().get(i),
                    refusedBefore.isEmpty() || acceptedBefore(file, refusedBefore));
        }, Progress.NONE);
        List<Parsed> profiled = new ArrayList<>();
        ArchiveProfile.Builder profile = new ArchiveProfile.Builder();
        // In file name order, which is the order the cache writes them in.
        Map<String, long[]> fingerprints = new LinkedHashMap<>(HashCapacity.forSize(files.size()));
        Map<String, Integer> repeats = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Parsed p = parsed.get(i);
            Scanned s = p.scanned();
            if (p.refused() != null) {
                refused.add(p.refused());
            } else if (s.warning() != null) {
                warnings.add(s.warning());
            } else {
                profile.add(s.fingerprints());
                String hex = Digest.hex(s.digest());
                if (fingerprints.put(hex, s.fingerprints()) != null) repeats.merge(hex, 2, (a, b) -> a + 1);
                profiled.add(p);
            }
        }
        long[] recounted = recounted(previous, fingerprints, repeats);
        List<Dump> dumps = new ArrayList<>();
        // The fingerprints of the dumps expected to be converted or to have their counts looked up.
        LongStream.Builder wanted = LongStream.builder();
        int expected = 0;
        for (Parsed p : profiled) {
            Scanned s = p.scanned();
            Listed file = p.file();
            boolean countsKept = noneOf(s.fingerprints(), recounted);
            boolean bytesKept = sameAsBefore(file, s, previous);
            dumps.add(new Dump(file.file(), file.id(), p.sidecar(), s.digest(), s.sidecarDigest(), s.fingerprints(),
                    countsKept, bytesKept));
            if (!countsKept || !bytesKept) {
                expected++;
                for (long f : s.fingerprints()) wanted.add(f);
            }
        }
        // After a small edit the counts of a few dumps' paragraphs are all a build reads of the profile; sorting
        // every fingerprint of a large archive to answer them was a visible part of its time. A guess wrong the
        // other way costs only time: the partial profile makes the whole one when asked about anything else.
        ArchiveProfile archive = (long) expected * PARTIAL_PROFILE_SHARE <= dumps.size()
                ? profile.buildFor(wanted.build().toArray()) : profile.build();
        return new Scan(dumps, archive, new SeedsRecord(fingerprints, repeats, reading.recorded()));
    }

    /** Whether the previous build refused neither the file nor its sidecar, given the files it refused. */
    private static boolean acceptedBefore(Listed file, Set<String> refusedBefore) {
        Path sidecar = file.file().resolveSibling(sidecarName(file.name()));
        return !refusedBefore.contains(file.shown()) && !refusedBefore.contains(DisplayName.of(sidecar.toString()));
    }

    /**
     * Whether none of a dump's fingerprints is in a sorted array: a loop, as a stream and a lambda made for each of
     * a large archive's dumps were a visible part of a quick rebuild without the optimising compiler.
     */
    private static boolean noneOf(long[] fingerprints, long[] sorted) {
        if (sorted.length == 0) return true;
        for (long f : fingerprints) if (Arrays.binarySearch(sorted, f) >= 0) return false;
        return true;
    }

    /**
     * Whether a dump and its sidecar have the bytes the previous build recorded for their file names: if so, and
     * its fingerprints' counts are unchanged, it is expected to keep its previous article.
     */
    private static boolean sameAsBefore(Listed file, Scanned s, BuildCache previous) {
        String name = file.name();
        SeedFile dump = previous.files().get(name);
        if (dump == null || !Arrays.equals(dump.digest(), s.digest())) return false;
        SeedFile sidecar = previous.files().get(sidecarName(name));
        return sidecar == null ? s.sidecarDigest().length == 0 : Arrays.equals(sidecar.digest(), s.sidecarDigest());
    }

    /**
     * A file of the first pass with its sidecar parsed, or why it is refused.
     *
     * @param sidecar its sidecar, or null if refused or left to be parsed when the dump is converted
     */
    private record Parsed(Listed file, Scanned scanned, Sidecar sidecar, Problem refused) {}

    /**
     * Parses a file's sidecar, unless its bytes are those the previous build parsed without complaint: those are
     * parsed only if the dump is converted again, as most dumps of an incremental build are not.
     *
     * @param accepted whether the previous build refused neither the file nor its sidecar
     */
    private Parsed parseSidecar(Listed file, Scanned s, boolean accepted) {
        if (s.refused() != null || s.warning() != null) return new Parsed(file, s, null, s.refused());
        if (s.sidecarFile() == null) return new Parsed(file, s, Sidecar.NONE, null);
        // A sidecar trusted by its stat was not read by the first pass.
        if (s.sidecarBytes() == null && accepted) return new Parsed(file, s, null, null);
        Read<Sidecar> sidecar = readSidecar(file.file(), file.shown(), s.sidecarBytes());
        return new Parsed(file, s, sidecar.value(), sidecar.refused());
    }

    /** A value read from a file, or why the file is refused. */
    private record Read<T>(T value, Problem refused) {}

    /**
     * Reads and parses a dump's sidecar.
     *
     * @param bytes its bytes if read already, or null
     */
    private static Read<Sidecar> readSidecar(Path dump, String shown, byte[] bytes) {
        Path sidecar = dump.resolveSibling(sidecarName(dump.getFileName().toString()));
        try {
            return new Read<>(SidecarReader.read(sidecar.toString(), bytes != null ? bytes : Files.readAllBytes(sidecar)),
                    null);
        } catch (SidecarException e) {
            // Metadata the user wrote by hand is refused rather than ignored, so a typo is not lost silently.
            return new Read<>(null, Problem.of(DisplayName.of(e.file()), (e.field().isEmpty() ? "" : "field \""
                    + e.field() + "\": ") + e.reason()));
        } catch (IOException e) {
            return new Read<>(null, Problem.of(shown, "cannot read its sidecar: " + e.getMessage()));
        }
    }

    /** The name of the sidecar of the dump with this file name: {@code NAME.json} beside {@code NAME.txt}. */
    private static String sidecarName(String dumpName) {
        return dumpName.substring(0, dumpName.length() - ".txt".length()) + ".json";
    }

    /**
     * The fingerprints whose count of dumps differs from the previous build's, sorted: summed over the dumps whose
     * bytes the two builds counted a different number of times (added, removed, changed or copied dumps), the
     * fingerprints whose dumps gained and lost do not cancel out. Every other fingerprint is in as many dumps as
     * before. Without a previous build, none is known.
     */
    private static long[] recounted(BuildCache previous, Map<String, long[]> fingerprints,
                                    Map<String, Integer> repeats) {
        // A clean build has nothing to reuse: spare it collecting every fingerprint of the archive.
        if (previous.scans().isEmpty()) return new long[0];
        Map<Long, Integer> change = new HashMap<>();
        // Every digest of either build, each once: this build's, then those only the previous build had.
        fingerprints.forEach((digest, now) -> recount(change, now, previous.scans().get(digest),
                repeats.getOrDefault(digest, 1), previous.repeats().getOrDefault(digest, 1)));
        previous.scans().forEach((digest, before) -> {
            if (!fingerprints.containsKey(digest)) {
                recount(change, null, before, 0, previous.repeats().getOrDefault(digest, 1));
            }
        });
        // An edited dump's old and new bytes share most paragraphs (a byline, the publisher's copyright line, which
        // thousands of dumps hold): their counts cancel out, and the dumps holding them keep their digests.
        return change.entrySet().stream().filter(e -> e.getValue() != 0).mapToLong(Map.Entry::getKey).sorted()
                .toArray();
    }

    /**
     * Adds to {@code change} how many more dumps hold each fingerprint of one dump's bytes: held by {@code countNow}
     * dumps now (with fingerprints {@code now}) and by {@code countBefore} before; a missing side counts none.
     */
    private static void recount(Map<Long, Integer> change, long[] now, long[] before, int countNow, int countBefore) {
        if (now == null) countNow = 0;
        if (before == null) countBefore = 0;
        if (countNow == countBefore) return;
        // The same bytes give the same fingerprints, each once: each is in that many more (or fewer) dumps.
        for (long f : now != null ? now : before) change.merge(f, countNow - countBefore, Integer::sum);
    }

    private Scanned scan(Listed listed, BuildCache previous) {
        if (listed.refused() != null) return Scanned.refusal(listed.refused());
        String name = listed.name();
        BasicFileAttributes attributes = listed.attributes();
        SeedFile stat = statOf(attributes);
        SeedFile before = previous.files().get(name);
        // Only a file that parsed last time is trusted, so that a refusal is always reported from the file itself.
        long[] fingerprints = before != null && before.sameStat(stat)
                ? previous.scans().get(Digest.hex(before.digest())) : null;
        byte[] bytes = null;
        byte[] digest;
        if (fingerprints != null) {
            digest = before.digest();
        } else {
            try {
                bytes = Files.readAllBytes(listed.file());
            } catch (IOException e) {
                return Scanned.refusal(Problem.of(listed.shown(), "cannot read: " + e.getMessage()));
            }
            digest = Digest.content(bytes);
        }
        // The previous record itself where the stat matched: a large archive's files are otherwise recorded afresh.
        SeedFile seedFile = fingerprints != null ? before : stat.withDigest(digest);
        byte[] sidecarBytes = null;
        byte[] sidecarDigest = new byte[0];
        SeedFile sidecarFile = null;
        IOException sidecarError = null;
        if (listed.sidecar() != null) {
            String sidecarName = sidecarName(name);
            SeedFile sidecarStat = statOf(listed.sidecar());
            SeedFile sidecarBefore = previous.files().get(sidecarName);
            if (sidecarBefore != null && sidecarBefore.sameStat(sidecarStat)) {
                sidecarDigest = sidecarBefore.digest();
            } else {
                try {
                    sidecarBytes = Files.readAllBytes(listed.file().resolveSibling(sidecarName));
                    sidecarDigest = Digest.content(sidecarBytes);
                } catch (IOException e) {
                    sidecarError = e;
                }
            }
            if (sidecarError == null) {
                sidecarFile = sidecarBytes == null ? sidecarBefore : sidecarStat.withDigest(sidecarDigest);
            }
        }
        try {
            if (fingerprints == null) fingerprints = previous.scans().get(Digest.hex(digest));
            if (fingerprints == null) {
                List<String> paragraphs = DumpParser.parse(listed.shown(), bytes);
                if (paragraphs.isEmpty()) {
                    return new Scanned(null, null, null, Problem.of(listed.shown(), "empty list, no article made"),
                            digest, sidecarDigest, null, null);
                }
                fingerprints = ArchiveProfile.fingerprints(paragraphs);
            }
            if (sidecarError != null) throw sidecarError;
            return new Scanned(fingerprints, sidecarBytes, null, null, digest, sidecarDigest, seedFile, sidecarFile);
        } catch (DumpSyntaxException e) {
            return Scanned.refusal(new Problem(listed.shown(), e.line(), e.column(), e.reason()));
        } catch (IOException e) {
            return Scanned.refusal(Problem.of(listed.shown(), "cannot read its sidecar: " + e.getMessage()));
        }
    }

    /**
     * The regular files of the seeds folder that matter to a build, with their attributes.
     *
     * @param dumps    the dumps, sorted by file name so that ids clash the same way on every machine
     * @param sidecars the sidecars, by file name
     */
    private record SeedsFolder(List<Found> dumps, Map<String, BasicFileAttributes> sidecars) {}

    /** A dump as the seeds folder was listed: its name and path, kept so that a large archive's are made once. */
    private record Found(String name, Path path, BasicFileAttributes attributes) {}

    /** The seeds folder could not be listed: carried out of the thread that listed it. */
    private static final class UnreadableSeeds extends RuntimeException {
        private final SetupException failure;

        UnreadableSeeds(SetupException failure) {
            super(failure.getMessage(), failure);
            this.failure = failure;
        }
    }

    /**
     * Lists the seeds folder once, dumps and sidecars together, so that no sidecar costs a lookup of its own; the
     * files are looked up across the threads, as a large archive's hundred thousand lookups are a large part of a
     * build that finds nothing changed.
     */
    private SeedsFolder listDumps(Workers workers) {
        List<Path> entries = new ArrayList<>();
        List<String> entryNames = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(seeds)) {
            for (Path entry : listing) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".txt") || name.endsWith(".json")) {
                    entries.add(entry);
                    entryNames.add(name);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            throw new UnreadableSeeds(
                    new SetupException("cannot read seeds folder " + seeds + ": " + e.getMessage(), e));
        }
        List<BasicFileAttributes> attributes = workers.map(entries.size(), i -> {
            try {
                return Files.readAttributes(entries.get(i), BasicFileAttributes.class);
            } catch (IOException e) {
                return null; // gone since it was listed, or a link to nothing, as a file that is not regular
            }
        }, Progress.NONE);
        List<Found> dumps = new ArrayList<>(entries.size());
        Map<String, BasicFileAttributes> sidecars = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            BasicFileAttributes file = attributes.get(i);
            if (file == null || !file.isRegularFile()) continue;
            String name = entryNames.get(i);
            if (name.endsWith(".txt")) {
                dumps.add(new Found(name, entries.get(i), file));
            } else {
                sidecars.put(name, file);
            }
        }
        dumps.sort(Comparator.comparing(Found::name));
        return new SeedsFolder(dumps, sidecars);
    }

    /** A seed file as a stat shows it, its digest not yet known. */
    private static SeedFile statOf(BasicFileAttributes attributes) {
        return new SeedFile(attributes.size(), nanos(attributes.lastModifiedTime()),
                String.valueOf(attributes.fileKey()), new byte[0]);
    }

    private static long nanos(FileTime time) {
        Instant instant = time.toInstant();
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
