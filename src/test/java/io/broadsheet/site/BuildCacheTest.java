package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.generate.ArchiveWriter;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file reads back what was written, and any damage to it means no cache rather than a wrong one. */
class BuildCacheTest {
    @TempDir
    Path dir;

    private Path cache;
    private byte[] written;

    @BeforeEach
    void buildASite() throws Exception {
        Path seeds = dir.resolve("seeds");
        ArchiveWriter.write(seeds, 3, 30);
        new SiteBuilder(seeds, Project.dir().resolve("templates"), dir.resolve("site")).withThreads(2).build();
        cache = dir.resolve(".site.broadsheet-cache/cache.bin");
        written = Files.readAllBytes(cache);
    }

    @Test
    void aCacheReadBackIsWrittenAgainByteForByte() throws Exception {
        BuildCache read = BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2)).orElseThrow();
        assertThat(read.articles()).hasSize(30);
        assertThat(read.scans()).isNotEmpty();
        assertThat(read.outputs().size()).isGreaterThan(30 * 4);

        Path again = dir.resolve("again.bin");
        read.write(again, new Workers(2));

        assertThat(Files.readAllBytes(again)).isEqualTo(written);
        assertThat(dir.resolve("again.bin.rest")).as("the scratch file of the second half").doesNotExist();
    }

    @Test
    void everyPartReadsTheSameWithOneThreadAsWithTwo() throws Exception {
        BuildCache one = BuildCache.read(cache, BuildCache.Part.ALL, new Workers(1)).orElseThrow();
        Path again = dir.resolve("again.bin");
        one.write(again, new Workers(1));
        assertThat(Files.readAllBytes(again)).isEqualTo(written);
    }

    @Test
    void theHeadAndTheRestReadAsTheWholeCacheDoes() {
        BuildCache all = BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2)).orElseThrow();
        BuildCache head = BuildCache.read(cache, BuildCache.Part.HEAD, new Workers(2)).orElseThrow();
        BuildCache bulk = BuildCache.read(cache, BuildCache.Part.BULK, new Workers(2)).orElseThrow();

        assertThat(head.siteDigest()).isEqualTo(all.siteDigest());
        assertThat(head.files().keySet()).containsExactlyElementsOf(all.files().keySet());
        assertThat(head.scans().keySet()).containsExactlyElementsOf(all.scans().keySet());
        all.scans().forEach((digest, fingerprints) -> assertThat(head.scans().get(digest)).isEqualTo(fingerprints));
        assertThat(head.articles()).isEmpty();

        assertThat(bulk.scans()).isEmpty();
        assertThat(bulk.files()).isEmpty();
        assertThat(bulk.articles().keySet()).containsExactlyElementsOf(all.articles().keySet());
        all.articles().forEach((id, article) -> {
            assertThat(bulk.articles().get(id).summary()).isEqualTo(article.summary());
            assertThat(bulk.articles().get(id).key()).isEqualTo(article.key());
        });
        assertThat(bulk.outputs().size()).isEqualTo(all.outputs().size());
        assertThat(bulk.searchFile()).isEqualTo(all.searchFile());
    }

    /**
     * A delta read with the cache file it was written against gives the cache it was written from; with any other
     * file, or damaged anywhere, it gives no cache.
     */
    @Test
    void aDeltaCompletesOnlyTheFileItWasWrittenAgainst() throws Exception {
        BuildCache whole = BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2)).orElseThrow();
        Path delta = dir.resolve("delta.bin");
        String id = whole.articles().keySet().iterator().next();
        BitSet rows = new BitSet();
        rows.set(0);
        rows.set(whole.outputs().size() - 1);
        BuildCache.DeltaKeys keys = new BuildCache.DeltaKeys(Set.of(whole.files().keySet().iterator().next()),
                Set.of(whole.scans().keySet().iterator().next()), Set.of(id), rows);
        whole.writeDelta(delta, BuildCache.fileIdentity(cache), keys);

        BuildCache read = BuildCache.read(cache, delta, BuildCache.Part.ALL, new Workers(2)).orElseThrow();
        Path again = dir.resolve("again.bin");
        read.write(again, new Workers(2));
        assertThat(Files.readAllBytes(again)).isEqualTo(written);
        BuildCache head = BuildCache.read(cache, delta, BuildCache.Part.HEAD, new Workers(2)).orElseThrow();
        assertThat(head.siteDigest()).isEqualTo(whole.siteDigest());
        assertThat(head.files().keySet()).containsExactlyElementsOf(whole.files().keySet());
        assertThat(head.scans().keySet()).containsExactlyElementsOf(whole.scans().keySet());

        byte[] deltaBytes = Files.readAllBytes(delta);
        Random random = new Random(20261129);
        for (int trial = 0; trial < 40; trial++) {
            byte[] damaged = deltaBytes.clone();
            int at = random.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 + random.nextInt(255));
            Files.write(delta, damaged);
            // As with the cache file, the head alone is read through its own checksum only.
            for (BuildCache.Part part : List.of(BuildCache.Part.BULK, BuildCache.Part.ALL)) {
                assertThat(BuildCache.read(cache, delta, part, new Workers(2)))
                        .as("byte %d of %d of the delta changed, %s", at, damaged.length, part).isEmpty();
            }
        }

        // The same cache written again is another file: a delta against the old one must not complete it.
        Files.write(delta, deltaBytes);
        Files.delete(cache);
        whole.write(cache, new Workers(2));
        for (BuildCache.Part part : BuildCache.Part.values()) {
            assertThat(BuildCache.read(cache, delta, part, new Workers(2))).as("%s", part).isEmpty();
        }
    }

    @Test
    void oneDamagedByteAnywhereMeansNoCache() throws Exception {
        Random random = new Random(20261129);
        for (int trial = 0; trial < 60; trial++) {
            byte[] damaged = written.clone();
            int at = random.nextInt(damaged.length);
            damaged[at] ^= (byte) (1 + random.nextInt(255));
            Files.write(cache, damaged);
            assertThat(BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2)))
                    .as("byte %d of %d changed", at, damaged.length).isEmpty();
            assertThat(BuildCache.read(cache, BuildCache.Part.BULK, new Workers(2)))
                    .as("byte %d of %d changed, the head skipped", at, damaged.length).isEmpty();
        }
    }

    @Test
    void aTruncatedOrLengthenedCacheMeansNoCache() throws Exception {
        Random random = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int length = random.nextInt(written.length);
            Files.write(cache, Arrays.copyOf(written, length));
            assertThat(BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2)))
                    .as("cut to %d of %d bytes", length, written.length).isEmpty();
        }
        Files.write(cache, Arrays.copyOf(written, written.length + 1));
        assertThat(BuildCache.read(cache, BuildCache.Part.ALL, new Workers(2))).as("a byte added").isEmpty();
    }
}
