package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.generate.ArchiveGenerator;
import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.generate.GeneratedDump;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.render.SiteSettings;
import io.broadsheet.testing.Project;
import io.broadsheet.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build must give the very site a clean build gives, after any sequence of edits, and must skip
 * the work that nothing changed. Run with {@code -Dbroadsheet.seed=N} to replay a failing sequence.
 */
class IncrementalBuildTest {
    private static final long GENERATOR_SEED = 6;
    private static final int DUMPS = 60;
    private static final int EDITS = 25;
    private static final int SMALL = 24;
    /** Enough articles that one edited paragraph leaves the index's rounded average length where it was. */
    private static final int PATCHED = 150;

    @TempDir
    Path dir;

    private Path seeds;
    private Path templates;
    private int nextDump;

    /** An archive of {@value #DUMPS} dumps for the random edits; the focused tests need fewer. */
    private void setUp() throws IOException {
        setUp(DUMPS);
    }

    private void setUp(int dumps) throws IOException {
        nextDump = dumps;
        seeds = dir.resolve("seeds");
        ArchiveWriter.write(seeds, GENERATOR_SEED, dumps);
        templates = dir.resolve("templates");
        copyTree(Project.dir().resolve("templates"), templates);
    }

    private SiteBuilder builder(Path out, SiteSettings settings) {
        return new SiteBuilder(seeds, templates, out, settings).withThreads(2);
    }

    @Test
    void afterEveryEditAnIncrementalBuildEqualsACleanOne() throws Exception {
        // Every failure message names the seed and the edits so far.
        long seed = Long.getLong("broadsheet.seed", 20261128L);
        Random random = new Random(seed);
        setUp();
        SiteSettings settings = SiteSettings.DEFAULTS;
        Path a = dir.resolve("a/site");
        backdateEdited(0);
        builder(a, settings).build();
        List<String> history = new ArrayList<>();
        Map<Path, byte[]> broken = new LinkedHashMap<>();
        for (int step = 0; step < EDITS; step++) {
            List<String> removedIds = new ArrayList<>();
            String edit;
            int kind = random.nextInt(11);
            switch (kind) {
                case 0 -> edit = addDumps(random);
                case 1 -> edit = removeDumps(random, removedIds);
                case 2 -> edit = changeParagraph(random);
                case 3 -> edit = copyParagraph(random);
                case 4 -> edit = editSidecar(random);
                case 5 -> edit = broken.isEmpty() || random.nextBoolean() ? breakDump(random, broken) : fixDumps(broken);
                case 6 -> edit = editTemplate(random, step);
                case 7 -> {
                    settings = otherSettings(random, settings);
                    edit = "settings per_page=" + settings.perPage() + " related=" + settings.relatedCount();
                }
                case 8 -> edit = editSidecar(random) + "; " + changeParagraph(random);
                case 9 -> edit = duplicateDump(random);
                default -> edit = "nothing";
            }
            // Now and then the edited files are left as new as they are, too new for the build to trust their
            // stats: it must read them, and the build after it must still know what they held.
            boolean backdated = random.nextInt(4) != 0;
            history.add(backdated ? edit : edit + " (left new)");
            String context = "seed " + seed + ", edits " + history;

            if (backdated) backdateEdited(step + 1);
            BuildReport incremental = builder(a, settings).build();
            Path b = dir.resolve("b" + step + "/site");
            BuildReport clean = builder(b, settings).build();
            assertThat(clean.clean()).isTrue();
            assertThat(Trees.differences(Trees.read(a), Trees.read(b))).as(context).isEmpty();
            assertThat(incremental.built()).as(context).isEqualTo(clean.built());
            assertThat(incremental.refused()).as(context).isEqualTo(clean.refused());
            assertThat(incremental.warnings()).as(context).isEqualTo(clean.warnings());
            for (String id : removedIds) {
                assertThat(a.resolve("articles").resolve(id)).as(context + ": removed article's folder").doesNotExist();
            }
            if (edit.equals("nothing")) {
                assertThat(incremental.upToDate()).as(context + ": a build with no change writes nothing").isTrue();
            }
            assertThat(siblings(a)).as(context + ": nothing left beside the site")
                    .containsOnly(".site.broadsheet-cache", "site");
            try (Stream<Path> cached = Files.list(a.resolveSibling(".site.broadsheet-cache"))) {
                assertThat(cached.map(p -> p.getFileName().toString()))
                        .as(context + ": the cache folder holds the cache (perhaps with a delta), its lock and search"
                                + " entries, no scratch file")
                        .allMatch(name -> name.equals("cache.bin") || name.equals("cache.delta") || name.equals("lock")
                                || SearchEntries.isName(name));
            }
            deleteTree(b.getParent());
        }
    }

    @Test
    void aBuildWithNoChangeWritesNothingAndOneChangeRemakesLittle() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("out/site");
        BuildReport first = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(first.clean()).isTrue();
        Map<String, FileTime> times = modificationTimes(site);
        Map<String, byte[]> before = Trees.read(site);

        BuildReport again = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(again.upToDate()).isTrue();
        assertThat(again.built()).isEqualTo(first.built());
        assertThat(modificationTimes(site)).isEqualTo(times);

        // A dump's Markdown unchanged but its sidecar's title changed: its page, its neighbours' pages and the
        // listings that show it are remade; the other articles' pages are not.
        Path dump = dumps().get(SMALL / 2);
        writeSidecar(dump, "{\"title\": \"A title no generated article has\"}");
        BuildReport changed = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(changed.clean()).isFalse();
        assertThat(changed.remade()).as("pages and Markdown made afresh, of %d", first.remade()).isPositive()
                .isLessThan(first.remade() / 2);
        assertThat(changed.written()).isPositive().isLessThan(before.size() / 2);
        Map<String, FileTime> after = modificationTimes(site);
        long untouched = times.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
        assertThat(untouched).as("files not rewritten").isGreaterThan(times.size() / 2);
    }

    /**
     * After a small edit only a delta of the cache is written beside the cache file, which is left as it was; the
     * two read as the very cache a clean build writes, and each delta holds every change since that file.
     */
    @Test
    void smallEditsWriteADeltaThatReadsAsTheWholeCache() throws Exception {
        setUp(DUMPS);
        // Files too new to trust by their stat are recorded again, trusted, by the next build: a change to every one.
        backdateEdited(0);
        Path site = dir.resolve("a/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Path cacheDir = CacheFolder.of(site).dir();
        byte[] file = Files.readAllBytes(cacheDir.resolve("cache.bin"));
        List<Path> dumps = dumps();
        Path withSidecar = dumps.stream().filter(d -> Files.exists(sidecarOf(d))).findFirst().orElseThrow();
        byte[] sidecar = Files.readAllBytes(sidecarOf(withSidecar));
        for (int step = 0; step < 4; step++) {
            String context = "after edit " + (step + 1);
            switch (step) {
                case 0, 1 -> appendToParagraph(dumps.get(7 + 20 * step), "The council met again on day " + step + ".");
                // A seed file the cache file has and the next cache has not, then back again.
                case 2 -> Files.delete(sidecarOf(withSidecar));
                default -> Files.write(sidecarOf(withSidecar), sidecar);
            }
            assertThat(builder(site, SiteSettings.DEFAULTS).build().clean()).as(context).isFalse();
            assertThat(cacheDir.resolve("cache.delta")).as(context).exists();
            assertThat(Files.readAllBytes(cacheDir.resolve("cache.bin"))).as(context + ": the cache file is kept")
                    .isEqualTo(file);

            Path clean = assertSameAsCleanBuild(site, "b" + step);
            BuildCache read = CacheFolder.of(site).read().orElseThrow();
            BuildCache whole = CacheFolder.of(clean).read().orElseThrow();
            assertThat(read.siteDigest()).as(context).isEqualTo(whole.siteDigest());
            assertThat(read.search()).as(context).isEqualTo(whole.search());
            assertThat(read.files().keySet()).as(context).isEqualTo(whole.files().keySet());
            whole.files().forEach((name, seed) ->
                    assertThat(read.files().get(name).digest()).as(context + ": " + name).isEqualTo(seed.digest()));
            assertThat(read.scans().keySet()).as(context).isEqualTo(whole.scans().keySet());
            whole.scans().forEach((digest, fingerprints) ->
                    assertThat(read.scans().get(digest)).as(context + ": " + digest).isEqualTo(fingerprints));
            assertThat(read.repeats()).as(context).isEqualTo(whole.repeats());
            assertThat(read.articles().keySet()).as(context).containsExactlyElementsOf(whole.articles().keySet());
            whole.articles().forEach((id, article) -> {
                BuildCache.CachedArticle mine = read.articles().get(id);
                assertThat(mine.key()).as(context + ": " + id).isEqualTo(article.key());
                assertThat(mine.markdown()).as(context + ": " + id).isEqualTo(article.markdown());
                assertThat(mine.summary()).as(context + ": " + id).isEqualTo(article.summary());
                assertThat(mine.counts()).as(context + ": " + id).isEqualTo(article.counts());
            });
            BitSet changed = read.outputs().changedRows(whole.outputs());
            assertThat(changed).as(context + ": the same paths").isNotNull();
            assertThat(changed.stream().mapToObj(whole.outputs()::path)).as(context + ": files recorded otherwise")
                    .isEmpty();
        }
    }

    /** Edit after edit, the delta grows until the whole cache is written again, and the delta goes. */
    @Test
    void enoughEditsWriteTheWholeCacheAgain() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("a/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Path cacheDir = CacheFolder.of(site).dir();
        byte[] file = Files.readAllBytes(cacheDir.resolve("cache.bin"));
        List<Path> dumps = dumps();
        byte[] firstDelta = null;
        int step = 0;
        while (Arrays.equals(Files.readAllBytes(cacheDir.resolve("cache.bin")), file)) {
            assertThat(step).as("edits before the whole cache is written again").isLessThan(SMALL);
            appendToParagraph(dumps.get(step % dumps.size()), "Edit " + step + ".");
            builder(site, SiteSettings.DEFAULTS).build();
            Path delta = cacheDir.resolve("cache.delta");
            if (firstDelta == null && Files.exists(delta)) firstDelta = Files.readAllBytes(delta);
            step++;
        }
        assertThat(firstDelta).as("a delta written before").isNotNull();
        assertThat(cacheDir.resolve("cache.delta")).as("the delta of the replaced file").doesNotExist();
        assertSameAsCleanBuild(site, "b");

        // The first delta put back: written for this very site, but against the cache file since replaced.
        Files.write(cacheDir.resolve("cache.delta"), firstDelta);
        appendToParagraph(dumps.get(1), "One more edit.");
        assertThat(builder(site, SiteSettings.DEFAULTS).build().clean()).as("a delta of another cache file").isTrue();
        assertSameAsCleanBuild(site, "c");
    }

    /** A delta damaged on disk, or written against another cache file, means a clean build, never a wrong site. */
    @Test
    void aDamagedOrStrayDeltaMeansACleanBuild() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("a/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Path cacheDir = CacheFolder.of(site).dir();
        appendToParagraph(dumps().get(3), "A first edit.");
        builder(site, SiteSettings.DEFAULTS).build();
        Path delta = cacheDir.resolve("cache.delta");
        byte[] written = Files.readAllBytes(delta);

        byte[] damaged = written.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(delta, damaged);
        appendToParagraph(dumps().get(5), "A second edit.");
        BuildReport afterDamage = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(afterDamage.clean()).as("a damaged delta").isTrue();
        assertSameAsCleanBuild(site, "b");

        // The clean build wrote a new cache file; the old delta, put back, was written against the old one.
        Files.write(delta, written);
        appendToParagraph(dumps().get(9), "A third edit.");
        assertThat(builder(site, SiteSettings.DEFAULTS).build().clean()).as("a stray delta").isTrue();
        assertSameAsCleanBuild(site, "c");
    }

    /** Builds the seeds clean into {@code NAME/site} beside the others, asserts it is the site given, and returns it. */
    private Path assertSameAsCleanBuild(Path site, String name) throws Exception {
        Path clean = dir.resolve(name + "/site");
        builder(clean, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(Trees.read(site), Trees.read(clean))).as("against a clean build").isEmpty();
        return clean;
    }

    private static void appendToParagraph(Path dump, String sentence) throws IOException {
        List<String> paragraphs = new ArrayList<>(parse(dump).orElseThrow());
        int last = paragraphs.size() - 1;
        paragraphs.set(last / 2, paragraphs.get(last / 2) + " " + sentence);
        write(dump, paragraphs);
    }

    @Test
    void aSidecarTooNewToTrustIsStillKnownToTheNextBuild() throws Exception {
        setUp(SMALL);
        backdateEdited(0);
        Path dump = dumps().get(SMALL / 3);
        Files.deleteIfExists(sidecarOf(dump));
        Path site = dir.resolve("a/site");
        builder(site, SiteSettings.DEFAULTS).build();

        // Written just before a build, so that build reads it but cannot trust its stat; the old dump beside it is
        // trusted. Taking the sidecar away again must change the article back.
        writeSidecar(dump, "{\"title\": \"A title no generated article has\"}");
        builder(site, SiteSettings.DEFAULTS).build();
        assertThat(Files.readString(site.resolve("articles/" + ArticleId.of(dump.getFileName().toString())
                + "/article.md"))).contains("A title no generated article has");
        Files.delete(sidecarOf(dump));
        BuildReport incremental = builder(site, SiteSettings.DEFAULTS).build();

        Path clean = dir.resolve("b/site");
        builder(clean, SiteSettings.DEFAULTS).build();
        assertThat(incremental.clean()).isFalse();
        assertThat(Trees.differences(Trees.read(site), Trees.read(clean))).isEmpty();
    }

    @Test
    void aDumpAddedToASiteConvertsOnlyTheDumpsWhoseParagraphsItRepeats() throws Exception {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        templates = dir.resolve("templates");
        copyTree(Project.dir().resolve("templates"), templates);
        int sites = 2;
        int perSite = 6;
        for (int d = 0; d < sites * perSite; d++) {
            write(seeds.resolve(String.format("d%02d.txt", d)), siteDump(d % sites, d));
        }
        Path site = dir.resolve("out/site");
        BuildReport first = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(first.converted()).isEqualTo(sites * perSite);

        // Its site's promo and copyright line now repeat in one more dump: no other dump's classification can change.
        write(seeds.resolve("d90.txt"), siteDump(0, 90));
        BuildReport added = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(added.clean()).isFalse();
        assertThat(added.converted()).as("only the new dump is converted").isEqualTo(1);

        // A dump repeating a paragraph of d01's article: d01's paragraph now repeats, so d01 is converted again.
        List<String> copying = new ArrayList<>(siteDump(1, 91));
        copying.add(siteDump(1, 1).get(2));
        write(seeds.resolve("d91.txt"), copying);
        BuildReport copied = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(copied.converted()).as("the new dump and the one it copies from").isEqualTo(2);

        Path clean = dir.resolve("clean/site");
        builder(clean, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(Trees.read(site), Trees.read(clean))).isEmpty();
    }

    /**
     * A page scraped twice, whose site's blurb is also on another page: the blurb is furniture only while it
     * repeats more often than the page itself, so removing the other page changes the twice-scraped page's roles
     * although none of its own paragraphs changed.
     */
    @Test
    void aDumpRemovedFromTheArchiveReclassifiesThePagesWhoseCopiesItOutnumbered() throws Exception {
        seeds = Files.createDirectories(dir.resolve("seeds"));
        templates = dir.resolve("templates");
        copyTree(Project.dir().resolve("templates"), templates);
        String blurb = "The Valley Gazette has reported on the towns of the valley since 1921, and its readers own it.";
        List<String> page = new ArrayList<>(siteDump(0, 1).subList(1, 5));
        page.add(2, blurb);
        write(seeds.resolve("a1.txt"), page);
        write(seeds.resolve("a2.txt"), page);
        List<String> other = new ArrayList<>(siteDump(0, 2).subList(1, 5));
        other.add(2, blurb);
        write(seeds.resolve("b.txt"), other);
        Path site = dir.resolve("out/site");
        builder(site, SiteSettings.DEFAULTS).build();
        String before = Files.readString(site.resolve("articles/a1/article.md"));

        Files.delete(seeds.resolve("b.txt"));
        BuildReport removed = builder(site, SiteSettings.DEFAULTS).build();
        Path clean = dir.resolve("clean/site");
        builder(clean, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(Trees.read(site), Trees.read(clean))).isEmpty();
        assertThat(Files.readString(site.resolve("articles/a1/article.md"))).as("the blurb's role changed")
                .isNotEqualTo(before);
        assertThat(removed.converted()).isEqualTo(2);
    }

    /** A dump of one of a few sites: an article of its own between the site's promo and copyright line. */
    private static List<String> siteDump(int site, int article) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Get the morning briefing of site " + site + " delivered to your inbox every weekday");
        for (int p = 0; p < 4; p++) {
            paragraphs.add("Article " + article + " paragraph " + p + " tells how the council of town number " + article
                    + " spent the year, what its people said about the weather, the harvest and the new school.");
        }
        paragraphs.add("© 2024 Example Media " + site + ". All rights reserved.");
        return paragraphs;
    }

    @Test
    void aParagraphEditedInPlaceIsPatchedIntoTheSearchIndex() throws Exception {
        setUp(PATCHED);
        Path site = dir.resolve("out/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Random random = new Random(PATCHED);
        List<String> history = new ArrayList<>();
        for (int step = 0; step < 3; step++) {
            history.add(changeParagraph(random));
            backdateEdited(step + 1);
            List<String> stages = new ArrayList<>();
            builder(site, SiteSettings.DEFAULTS).build(new Progress() {
                @Override
                public synchronized void stage(String name, int total) {
                    stages.add(name);
                }

                @Override
                public void advance() {}
            });
            // Remaking the index is a stage of its own; a patch reads only the files the edit touches.
            assertThat(stages).as("edits %s", history).contains("indexing").doesNotContain("reindexing");
            Path clean = dir.resolve("clean" + step + "/site");
            builder(clean, SiteSettings.DEFAULTS).build();
            assertThat(Trees.differences(Trees.read(site), Trees.read(clean))).as("edits %s", history).isEmpty();
            deleteTree(clean.getParent());
        }
    }

    @Test
    void aFileTheUserPutInTheSiteIsKeptByIncrementalBuilds() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("out/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Path dump = dumps().get(0);
        String id = ArticleId.of(dump.getFileName().toString());
        Files.writeString(site.resolve("notes.txt"), "mine");
        Files.writeString(site.resolve("articles").resolve(id).resolve("notes.txt"), "mine too");

        Files.delete(dump);
        Files.deleteIfExists(sidecarOf(dump));
        BuildReport report = builder(site, SiteSettings.DEFAULTS).build();

        assertThat(report.clean()).isFalse();
        assertThat(report.deleted()).isPositive();
        assertThat(site.resolve("notes.txt")).hasContent("mine");
        // Broadsheet's files of the removed article are gone; the folder stays only for the user's file.
        try (Stream<Path> left = Files.list(site.resolve("articles").resolve(id))) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void aDamagedCacheOrAReplacedSiteMeansACleanBuildWithTheSameResult() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("out/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Map<String, byte[]> expected = Trees.read(site);
        Path cache = dir.resolve("out/.site.broadsheet-cache/cache.bin");
        assertThat(cache).exists();

        byte[] bytes = Files.readAllBytes(cache);
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] ^= (byte) (1 + random.nextInt(255));
        }
        Files.write(cache, bytes);
        // Damage in the cache's head is found at once; damage only in the rest is found by the first build with
        // work to do, as a build that finds nothing changed reads only the head.
        BuildReport damaged = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(damaged.clean() || damaged.upToDate()).isTrue();
        assertThat(Trees.differences(expected, Trees.read(site))).isEmpty();
        Path added = seeds.resolve("zz_added.txt");
        write(added, List.of("<b>An added headline</b>", "An added paragraph of the archive, long enough to read."));
        BuildReport withWork = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(damaged.clean() || withWork.clean()).as("the damage was found").isTrue();
        Path fresh = dir.resolve("out/fresh");
        builder(fresh, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(Trees.read(fresh), Trees.read(site))).isEmpty();
        Files.delete(added);
        builder(site, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(expected, Trees.read(site))).isEmpty();

        Files.write(cache, new byte[] {1, 2, 3});
        assertThat(builder(site, SiteSettings.DEFAULTS).build().clean()).isTrue();
        assertThat(Trees.differences(expected, Trees.read(site))).isEmpty();

        // The site deleted by hand: the cache no longer describes what is on disk.
        deleteTree(site);
        BuildReport rebuilt = builder(site, SiteSettings.DEFAULTS).build();
        assertThat(rebuilt.clean()).isTrue();
        assertThat(Trees.differences(expected, Trees.read(site))).isEmpty();

        // --clean ignores a good cache.
        assertThat(builder(site, SiteSettings.DEFAULTS).withClean(true).build().clean()).isTrue();
        assertThat(builder(site, SiteSettings.DEFAULTS).build().upToDate()).isTrue();
    }

    @Test
    void aBuildKilledWhileApplyingIsFinishedByTheNextOne() throws Exception {
        setUp(SMALL);
        Path site = dir.resolve("out/site");
        builder(site, SiteSettings.DEFAULTS).build();
        Path removed = dumps().get(3);
        Files.delete(removed);
        Files.deleteIfExists(sidecarOf(removed));
        addDumps(new Random(2));
        Path expected = dir.resolve("expected/site");
        builder(expected, SiteSettings.DEFAULTS).build();

        // Stage and journal the changes, then stop as a killed build would, before moving anything.
        CacheFolder folder = CacheFolder.of(site);
        try (DeltaArea delta = DeltaArea.open(site.toAbsolutePath())) {
            BuildCache previous = folder.read().orElseThrow();
            delta.write("articles/half-applied/index.html", "stale".getBytes(StandardCharsets.UTF_8));
            folder.journal(delta, List.of(), previous, previous,
                    BuildCache.changedSeeds(previous, previous.files(), previous.scans()), new Workers(2));
        }
        assertThat(site.resolve("articles/half-applied/index.html")).doesNotExist();
        // The next build finds the journal, finishes it, and then builds on the result.
        builder(site, SiteSettings.DEFAULTS).build();
        assertThat(Trees.differences(Trees.read(expected), Trees.read(site)))
                .as("the journalled file was moved in; no build recorded it as Broadsheet's, so it is left alone")
                .containsExactly("articles/half-applied/index.html");
        builder(site, SiteSettings.DEFAULTS).withClean(true).build();
        assertThat(Trees.differences(Trees.read(expected), Trees.read(site))).isEmpty();
    }

    /**
     * Gives every seed file written since the last call a time of its own, long past: builds trust an old file
     * whose size, time and file key are unchanged without reading it, and the edits here are far quicker than the
     * margin by which a build reads recently changed files again, so without this that trust would go untested.
     */
    private void backdateEdited(int step) throws IOException {
        FileTime old = FileTime.fromMillis(946_684_800_000L); // 2000-01-01
        FileTime mark = FileTime.fromMillis(old.toMillis() + 1_000L * (step + 1));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).compareTo(FileTime.fromMillis(old.toMillis() + 86_400_000L)) > 0) {
                    Files.setLastModifiedTime(file, mark);
                }
            }
        }
    }

    // Edits.

    private String addDumps(Random random) throws IOException {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            GeneratedDump dump = ArchiveGenerator.dump(GENERATOR_SEED, nextDump++);
            Files.write(seeds.resolve(dump.fileName()), dump.dump());
            if (dump.sidecarJson().isPresent()) Files.write(seeds.resolve(dump.sidecarFileName()), dump.sidecarJson().get());
        }
        return "add " + count;
    }

    private String removeDumps(Random random, List<String> removedIds) throws IOException {
        List<Path> dumps = dumps();
        int count = Math.min(dumps.size() - 1, 1 + random.nextInt(2));
        for (int i = 0; i < count; i++) {
            Path dump = dumps.remove(random.nextInt(dumps.size()));
            Files.delete(dump);
            Files.deleteIfExists(sidecarOf(dump));
            removedIds.add(ArticleId.of(dump.getFileName().toString()));
        }
        return "remove " + removedIds;
    }

    private String changeParagraph(Random random) throws IOException {
        Path dump = pick(random);
        Optional<List<String>> paragraphs = parse(dump);
        if (paragraphs.isEmpty() || paragraphs.get().isEmpty()) return "change none";
        List<String> edited = new ArrayList<>(paragraphs.get());
        int at = random.nextInt(edited.size());
        edited.set(at, edited.get(at) + " And then, on day " + random.nextInt(1000) + ", the council voted again.");
        write(dump, edited);
        return "change " + dump.getFileName() + "#" + at;
    }

    /**
     * A dump copied byte for byte under another name: every paragraph of the dump is then in one more dump, though
     * no dump's bytes are new to the archive.
     */
    private String duplicateDump(Random random) throws IOException {
        Path from = pick(random);
        Path to = seeds.resolve("copy_" + nextDump++ + ".txt");
        Files.copy(from, to);
        return "duplicate " + from.getFileName() + " as " + to.getFileName();
    }

    /** A paragraph copied into several dumps becomes furniture there and in its own dump: the profile changes. */
    private String copyParagraph(Random random) throws IOException {
        Path from = pick(random);
        Optional<List<String>> source = parse(from);
        if (source.isEmpty() || source.get().isEmpty()) return "copy none";
        String paragraph = source.get().get(random.nextInt(source.get().size()));
        int copies = 2 + random.nextInt(3);
        for (int i = 0; i < copies; i++) {
            Path to = pick(random);
            Optional<List<String>> target = parse(to);
            if (target.isEmpty()) continue;
            List<String> edited = new ArrayList<>(target.get());
            edited.add(random.nextInt(edited.size() + 1), paragraph);
            write(to, edited);
        }
        return "copy from " + from.getFileName() + " x" + copies;
    }

    private String editSidecar(Random random) throws IOException {
        Path dump = pick(random);
        Path sidecar = sidecarOf(dump);
        switch (random.nextInt(5)) {
            case 0 -> {
                Files.deleteIfExists(sidecar);
                return "sidecar removed " + dump.getFileName();
            }
            // Refused, and refused again by later builds that find it unchanged.
            case 4 -> writeSidecar(dump, "{\"published\": \"the day before yesterday\"}");
            case 1 -> writeSidecar(dump, "{\"title\": \"Retitled " + random.nextInt(100) + "\"}");
            case 2 -> writeSidecar(dump, "{\"published\": \"" + (1990 + random.nextInt(35)) + "-0"
                    + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\"}");
            default -> writeSidecar(dump, "{\"tags\": [\"Topic " + random.nextInt(5) + "\", \"Topic "
                    + random.nextInt(5) + "x\"], \"publisher\": \"Publisher " + random.nextInt(3) + "\"}");
        }
        return "sidecar " + dump.getFileName() + " " + Files.readString(sidecar);
    }

    private String breakDump(Random random, Map<Path, byte[]> broken) throws IOException {
        Path dump = pick(random);
        if (broken.containsKey(dump)) return "break none";
        broken.put(dump, Files.readAllBytes(dump));
        Files.writeString(dump, "['an unterminated string", StandardCharsets.UTF_8);
        return "break " + dump.getFileName();
    }

    private static String fixDumps(Map<Path, byte[]> broken) throws IOException {
        for (Map.Entry<Path, byte[]> e : broken.entrySet()) Files.write(e.getKey(), e.getValue());
        String edit = "fix " + broken.size();
        broken.clear();
        return edit;
    }

    private String editTemplate(Random random, int step) throws IOException {
        if (random.nextBoolean()) {
            Path css = templates.resolve("assets/style.css");
            Files.writeString(css, Files.readString(css) + "\n/* edit " + step + " */\n");
            return "edit style.css";
        }
        String name = random.nextBoolean() ? "article.html" : "list.html";
        Path template = templates.resolve(name);
        String text = Files.readString(template);
        Files.writeString(template, text.replaceFirst("</main>", "<!-- edit " + step + " --></main>"));
        return "edit " + name;
    }

    private static SiteSettings otherSettings(Random random, SiteSettings s) {
        int[] perPage = {2, 3, 7, 20};
        int[] related = {0, 1, 5};
        return new SiteSettings(s.title(), s.description(), s.baseUrl().isPresent() ? Optional.empty()
                : Optional.of("https://example.org/archive/"), s.language(), perPage[random.nextInt(perPage.length)],
                s.feedSize(), related[random.nextInt(related.length)], s.author(), s.footer(), s.sourceDate());
    }

    // Helpers.

    private List<Path> dumps() throws IOException {
        try (Stream<Path> files = Files.list(seeds)) {
            return new ArrayList<>(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
        }
    }

    private Path pick(Random random) throws IOException {
        List<Path> dumps = dumps();
        return dumps.get(random.nextInt(dumps.size()));
    }

    private static Path sidecarOf(Path dump) {
        String name = dump.getFileName().toString();
        return dump.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
    }

    private static void writeSidecar(Path dump, String json) throws IOException {
        Files.writeString(sidecarOf(dump), json, StandardCharsets.UTF_8);
    }

    /** The dump's paragraphs, or empty if it does not parse (a broken dump is left as it is). */
    private static Optional<List<String>> parse(Path dump) throws IOException {
        try {
            return Optional.of(DumpParser.parse(dump.toString(), Files.readAllBytes(dump)));
        } catch (io.broadsheet.parse.DumpSyntaxException e) {
            return Optional.empty();
        }
    }

    /** Writes paragraphs as Python's {@code str()} of a list of strings writes them. */
    private static void write(Path dump, List<String> paragraphs) throws IOException {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) out.append(", ");
            out.append('\'');
            paragraphs.get(i).codePoints().forEach(c -> {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\'' -> out.append("\\'");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20 || c == 0x7f) out.append(String.format("\\x%02x", c));
                        else out.appendCodePoint(c);
                    }
                }
            });
            out.append('\'');
        }
        Files.writeString(dump, out.append(']').toString(), StandardCharsets.UTF_8);
    }

    private static List<String> siblings(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
