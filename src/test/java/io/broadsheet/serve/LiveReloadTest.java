package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server and the watcher together, with a stand-in for the site builder: a page open in a browser hears of a
 * rebuild caused by an edited seed, and a failed rebuild leaves the last good site served.
 */
class LiveReloadTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path project;

    private Path seed;
    private Path site;
    private final AtomicInteger builds = new AtomicInteger();
    private PreviewServer server;
    private Watcher watcher;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws IOException {
        seed = project.resolve("seeds/a.txt");
        SiteFolder.file(seed, "First title");
        site = project.resolve("site");
        assertThat(build()).isTrue();
        server = PreviewServer.start(site, 0);
        watcher = Watcher.start(List.of(seed.getParent()), List.of(project.resolve("broadsheet.yml")), site,
                Watcher.DEFAULT_QUIET, this::build, server::reload);
    }

    @AfterEach
    void stop() {
        watcher.close();
        server.close();
    }

    /** Builds a one-page site titled by the seed, swapped in whole like the real builder does; fails on "broken". */
    private boolean build() {
        try {
            String title = Files.readString(seed).strip();
            if (title.contains("broken")) return false;
            Path staging = SiteFolder.site(project.resolve(".site.staging-" + builds.incrementAndGet()), title);
            if (Files.exists(site)) Files.move(site, project.resolve(".site.old-" + builds.get()));
            Files.move(staging, site, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String home() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri()).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void editingASeedReloadsOpenPagesWithTheChange() throws Exception {
        assertThat(home()).contains("<h1>First title</h1>");
        try (EventClient page = EventClient.connect(server.uri())) {
            page.next("hello", TIMEOUT).orElseThrow();
            Files.writeString(seed, "Second title");
            assertThat(page.next("reload", TIMEOUT)).as("reload event after the edit").isPresent();
            assertThat(home()).contains("<h1>Second title</h1>").doesNotContain("First title");
        }
    }

    @Test
    void aFailedRebuildKeepsServingTheLastGoodSiteWithoutReloading() throws Exception {
        String before = home();
        try (EventClient page = EventClient.connect(server.uri())) {
            page.next("hello", TIMEOUT).orElseThrow();
            Files.writeString(seed, "broken title");
            assertThat(page.next("reload", Duration.ofMillis(1500))).isEmpty();
            assertThat(home()).isEqualTo(before).contains("<h1>First title</h1>");

            Files.writeString(seed, "Mended title");
            assertThat(page.next("reload", TIMEOUT)).isPresent();
            assertThat(home()).contains("<h1>Mended title</h1>");
        }
    }

    @Test
    void aPageServedBeforeARebuildItMissedReloadsWhenItConnects() throws Exception {
        String stale = home();
        Files.writeString(seed, "Second title");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (home().contains("First title") && System.nanoTime() < deadline) Thread.sleep(50);
        try (EventClient page = EventClient.connect(server.uri())) {
            String current = page.next("hello", TIMEOUT).orElseThrow().data();
            // The script compares the build in its data-build attribute with hello's and reloads when they differ.
            assertThat(stale).doesNotContain("data-build=\"" + current + "\"");
            assertThat(home()).contains("data-build=\"" + current + "\"");
        }
    }
}
