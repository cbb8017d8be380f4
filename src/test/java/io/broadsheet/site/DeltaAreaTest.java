package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeltaAreaTest {
    @TempDir
    Path dir;

    /**
     * Incremental builds stage files from every worker thread, many of them into one new folder ({@code search/x/});
     * a thread must never find the folder announced before it exists.
     */
    @Test
    void threadsWritingIntoOneNewFolderAtOnceAllSucceed() throws Exception {
        Path out = dir.resolve("site");
        Files.createDirectories(out);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (DeltaArea delta = DeltaArea.open(out)) {
            for (int round = 0; round < 200; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String path = "round" + round + "/x/" + t + ".js";
                    writes.add(pool.submit(() -> {
                        start.await();
                        delta.write(path, path.getBytes(StandardCharsets.UTF_8));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> write : writes) write.get();
            }
            assertThat(delta.staged()).hasSize(200 * threads);
            assertThat(new String(delta.read("round199/x/7.js"), StandardCharsets.UTF_8)).isEqualTo("round199/x/7.js");
        } finally {
            pool.shutdownNow();
        }
    }
}
