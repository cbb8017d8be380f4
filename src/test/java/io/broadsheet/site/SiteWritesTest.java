package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.site.BuildCache.Output;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class SiteWritesTest {
    private static final long SEED = 28_11_2026L;

    /** A target that remembers what was written, over a published site. */
    private static final class Recorder implements SiteTarget {
        final Map<String, byte[]> files = new ConcurrentHashMap<>();
        final Map<String, byte[]> published = new ConcurrentHashMap<>();

        @Override
        public byte[] readPublished(String relativePath) {
            return published.get(relativePath);
        }

        @Override
        public void write(String relativePath, byte[] content) {
            files.put(relativePath, content);
        }

        @Override
        public byte[] read(String relativePath) {
            return files.get(relativePath);
        }

        @Override
        public void close() {}
    }

    @Test
    void aRebuildRecordsWhatItKeptMadeAndDroppedAsASecondBuildWouldSeeIt() {
        Random random = new Random(SEED);
        for (int round = 0; round < 30; round++) {
            // The previous build: files made from keys, and files compared by content alone.
            Map<String, byte[]> previousBytes = new TreeMap<>();
            Map<String, byte[]> previousKeys = new TreeMap<>();
            for (int n = 0; n < 40; n++) {
                String path = "p/" + random.nextInt(100) + "/index.html";
                previousBytes.put(path, bytes("v" + random.nextInt(3)));
                previousKeys.put(path, random.nextBoolean() ? Digest.content(bytes("key" + random.nextInt(3)))
                        : new byte[0]);
            }
            OutputTable.Builder builder = new OutputTable.Builder(previousBytes.size());
            previousBytes.forEach((path, content) -> builder.add(new Output(path, previousKeys.get(path),
                    Digest.content(content))));
            OutputTable previous = builder.build();

            // This build: each path is kept, made again (perhaps with the same bytes), or not made; new paths come.
            Recorder target = new Recorder();
            SiteWrites site = new SiteWrites(previous, target);
            Map<String, Output> expected = new TreeMap<>();
            List<String> expectedWritten = new ArrayList<>();
            for (String path : previousBytes.keySet()) {
                int fate = random.nextInt(3);
                byte[] key = previousKeys.get(path);
                if (fate == 0 && key.length > 0) {
                    assertThat(site.unchanged(path, key)).isTrue();
                    expected.put(path, new Output(path, key, Digest.content(previousBytes.get(path))));
                } else if (fate == 1) {
                    byte[] content = bytes("v" + random.nextInt(3));
                    byte[] newKey = Digest.content(bytes("other" + round));
                    assertThat(site.unchanged(path, newKey)).isFalse();
                    site.put(path, newKey, content);
                    expected.put(path, new Output(path, newKey, Digest.content(content)));
                    if (!new String(content, StandardCharsets.UTF_8)
                            .equals(new String(previousBytes.get(path), StandardCharsets.UTF_8))) {
                        expectedWritten.add(path);
                    }
                }
            }
            for (int n = 0; n < 10; n++) {
                String path = "q/" + n + "/" + random.nextInt(1000) + ".html";
                site.put(path, bytes("new"));
                expected.put(path, new Output(path, new byte[0], Digest.content(bytes("new"))));
                expectedWritten.add(path);
            }
            assertThat(site.kept("no/such/file.html")).isFalse();

            OutputTable outputs = site.outputs();
            List<String> paths = new ArrayList<>();
            for (int row = 0; row < outputs.size(); row++) {
                Output output = outputs.row(row);
                paths.add(output.path());
                Output wanted = expected.get(output.path());
                assertThat(wanted).as("seed %d round %d: %s", SEED, round, output.path()).isNotNull();
                assertThat(output.key()).isEqualTo(wanted.key());
                assertThat(output.content()).isEqualTo(wanted.content());
                assertThat(outputs.rowOf(output.path())).isEqualTo(row);
            }
            assertThat(paths).as("seed %d round %d", SEED, round).containsExactlyElementsOf(expected.keySet());
            assertThat(site.removed()).as("seed %d round %d", SEED, round).containsExactlyElementsOf(
                    previousBytes.keySet().stream().filter(p -> !expected.containsKey(p)).toList());
            assertThat(target.files.keySet()).containsExactlyInAnyOrderElementsOf(expectedWritten);
        }
    }

    @Test
    void aPreviousFileIsReadBackOnlyWithItsRecordedBytesAndCanBeKeptUnderANewKey() {
        byte[] oldKey = Digest.content(bytes("old key"));
        byte[] newKey = Digest.content(bytes("new key"));
        OutputTable previous = new OutputTable.Builder(3)
                .add(new Output("search/a.js", oldKey, Digest.content(bytes("a"))))
                .add(new Output("search/b.js", oldKey, Digest.content(bytes("b"))))
                .add(new Output("search/c.js", oldKey, Digest.content(bytes("c")))).build();
        Recorder target = new Recorder();
        target.published.put("search/a.js", bytes("a"));
        target.published.put("search/b.js", bytes("changed by hand"));
        SiteWrites site = new SiteWrites(previous, target);
        assertThat(site.previousFile("search/a.js")).isEqualTo(bytes("a"));
        assertThat(site.previousFile("search/b.js")).as("bytes other than recorded").isNull();
        assertThat(site.previousFile("search/c.js")).as("a file gone from the site").isNull();
        assertThat(site.previousFile("search/d.js")).as("a file never made").isNull();

        assertThat(site.keepAs("search/a.js", newKey)).isTrue();
        assertThat(site.keepAs("search/d.js", newKey)).isFalse();
        site.put("search/b.js", newKey, bytes("b2"));
        OutputTable next = site.outputs();
        assertThat(next.pathsWithKey(newKey)).containsExactly("search/a.js", "search/b.js");
        assertThat(next.row(next.rowOf("search/a.js")).content()).isEqualTo(Digest.content(bytes("a")));
        assertThat(site.removed()).containsExactly("search/c.js");
        assertThat(target.files.keySet()).containsExactly("search/b.js");
    }

    @Test
    void aTableRefusesRowsOutOfOrderOrDigestsOfTheWrongLength() {
        byte[] digest = Digest.content(bytes("x"));
        OutputTable.Builder builder = new OutputTable.Builder(3).add(new Output("b", new byte[0], digest));
        assertThatThrownBy(() -> builder.add(new Output("a", new byte[0], digest)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> builder.add(new Output("c", new byte[5], digest)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digest");
        assertThatThrownBy(() -> builder.add(new Output("c", new byte[0], new byte[3])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("digest");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
        OutputTable table = builder.add(new Output("c", digest, digest)).add(new Output("d", new byte[0], digest))
                .build();
        assertThat(table.pathsWithKey(digest)).containsExactly("c");
        assertThat(table.rowOf("a")).isNegative();
        assertThat(table.row(table.rowOf("b")).key()).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
