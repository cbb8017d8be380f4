package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.site.BuildCache.Output;
import java.util.ArrayList;
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

    private static String path(Random random) {
        String[] files = {"index.html", "article.md", "source.txt", "source.json"};
        return "articles/" + Integer.toString(random.nextInt(5_000), 36) + "/" + files[random.nextInt(files.length)];
    }
}
