package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.site.BuildCache.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class OutputTableTest {
    /** A table indexed by path finds exactly the rows binary search finds, and nothing it lacks. */
    @Test
    void anIndexedTableFindsEveryRowAndNoOther() {
        long seed = 20261128L;
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            TreeSet<String> paths = new TreeSet<>();
            int count = random.nextInt(2_000);
            while (paths.size() < count) paths.add(path(random));
            OutputTable.Builder plain = new OutputTable.Builder(paths.size());
            OutputTable.Builder indexed = new OutputTable.Builder(paths.size());
            for (String path : paths) {
                byte[] content = new byte[OutputTable.DIGEST];
                random.nextBytes(content);
                plain.add(new Output(path, new byte[0], content));
                indexed.add(new Output(path, new byte[0], content));
            }
            OutputTable searched = plain.build();
            OutputTable hashed = indexed.buildIndexed();
            List<String> asked = new ArrayList<>(paths);
            for (int i = 0; i < 200; i++) asked.add(path(random));
            for (String path : asked) {
                int row = searched.rowOf(path);
                assertThat(hashed.rowOf(path) >= 0).as("seed %d: %s", seed, path).isEqualTo(row >= 0);
                if (row >= 0) assertThat(hashed.rowOf(path)).as("seed %d: %s", seed, path).isEqualTo(row);
                if (row >= 0) assertThat(hashed.path(row)).isEqualTo(path);
            }
        }
    }

    /** A path looked up in three parts is found where it is found whole, in any split, and only there. */
    @Test
    void aPathInPartsIsFoundAsTheWholePathIs() {
        long seed = 20261129L;
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            TreeSet<String> paths = new TreeSet<>();
            int count = 1 + random.nextInt(400);
            while (paths.size() < count) paths.add(random.nextInt(4) == 0 ? "topics/é" + path(random) : path(random));
            OutputTable.Builder plain = new OutputTable.Builder(paths.size());
            OutputTable.Builder indexed = new OutputTable.Builder(paths.size());
            for (String path : paths) {
                plain.add(new Output(path, new byte[0], digest(random)));
                indexed.add(new Output(path, new byte[0], digest(random)));
            }
            List<OutputTable> tables = List.of(plain.build(), indexed.buildIndexed());
            List<String> asked = new ArrayList<>(paths);
            for (int i = 0; i < 200; i++) asked.add(path(random));
            for (String path : asked) {
                int first = random.nextInt(path.length() + 1);
                int second = first + random.nextInt(path.length() - first + 1);
                for (OutputTable table : tables) {
                    int whole = table.rowOf(path);
                    int parts = table.rowOf(path.substring(0, first), path.substring(first, second),
                            path.substring(second));
                    assertThat(Math.max(-1, parts)).as("seed %d: %s at %d and %d", seed, path, first, second)
                            .isEqualTo(Math.max(-1, whole));
                }
            }
        }
    }

    /** The rows another table records otherwise are found, and only those; other paths are no such comparison. */
    @Test
    void theChangedRowsAreThoseWithAnotherKeyOrContent() {
        long seed = 20261129L;
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            TreeSet<String> paths = new TreeSet<>();
            int count = 1 + random.nextInt(500);
            while (paths.size() < count) paths.add(path(random));
            List<Output> rows = new ArrayList<>();
            for (String path : paths) rows.add(new Output(path, digestOrNone(random), digest(random)));
            BitSet expected = new BitSet();
            List<Output> changedRows = new ArrayList<>(rows);
            for (int i = 0; i < rows.size(); i++) {
                if (random.nextInt(10) != 0) continue;
                Output row = rows.get(i);
                Output changed = switch (random.nextInt(3)) {
                    case 0 -> new Output(row.path(), row.key(), digest(random));
                    case 1 -> new Output(row.path(), digestOrNone(random), row.content());
                    default -> new Output(row.path(), row.key().length == 0 ? digest(random) : new byte[0],
                            row.content());
                };
                changedRows.set(i, changed);
                if (!Arrays.equals(changed.key(), row.key()) || !Arrays.equals(changed.content(), row.content())) {
                    expected.set(i);
                }
            }
            OutputTable before = table(rows);
            OutputTable after = table(changedRows);
            assertThat(after.changedRows(before)).as("seed %d, round %d", seed, round).isEqualTo(expected);
            assertThat(before.changedRows(table(rows))).as("seed %d, round %d", seed, round).isEqualTo(new BitSet());

            List<Output> renamed = new ArrayList<>(rows);
            int at = random.nextInt(rows.size());
            renamed.set(at, new Output(rows.get(at).path() + "~", rows.get(at).key(), rows.get(at).content()));
            if (at + 1 == rows.size() || renamed.get(at).path().compareTo(rows.get(at + 1).path()) < 0) {
                assertThat(table(renamed).changedRows(before)).as("another path").isNull();
            }
            assertThat(table(rows.subList(0, rows.size() - 1)).changedRows(before)).as("fewer rows").isNull();
        }
    }

    private static OutputTable table(List<Output> rows) {
        OutputTable.Builder builder = new OutputTable.Builder(rows.size());
        rows.forEach(builder::add);
        return builder.build();
    }

    private static byte[] digest(Random random) {
        byte[] digest = new byte[OutputTable.DIGEST];
        random.nextBytes(digest);
        return digest;
    }

    private static byte[] digestOrNone(Random random) {
        return random.nextBoolean() ? digest(random) : new byte[0];
    }

    private static String path(Random random) {
        String[] files = {"index.html", "article.md", "source.txt", "source.json"};
        return "articles/" + Integer.toString(random.nextInt(5_000), 36) + "/" + files[random.nextInt(files.length)];
    }
}
