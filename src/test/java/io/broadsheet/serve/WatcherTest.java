package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatcherTest {
    /** Generous for a loaded machine; waits end as soon as the rebuild comes. */
    private static final long TIMEOUT_SECONDS = 10;
    /** How long to wait for a rebuild that must not come. */
    private static final Duration SILENCE = Duration.ofMillis(1500);

    @TempDir
    Path project;

    private Path seeds;
    private Path templates;
    private Path settings;
    private Path out;
    private final Semaphore rebuilds = new Semaphore(0);
    private final Semaphore reloads = new Semaphore(0);
    private final AtomicBoolean succeeds = new AtomicBoolean(true);
    private final AtomicInteger calls = new AtomicInteger();
    private Watcher watcher;

    @BeforeEach
    void folders() throws IOException {
        seeds = Files.createDirectories(project.resolve("seeds"));
        templates = Files.createDirectories(project.resolve("templates/assets"));
        templates = templates.getParent();
        settings = project.resolve("broadsheet.yml");
        out = Files.createDirectories(project.resolve("site"));
        Files.writeString(seeds.resolve("a.txt"), "['a']");
    }

    @AfterEach
    void stop() {
        if (watcher != null) watcher.close();
    }

    private void start(Duration quiet) throws IOException {
        watcher = Watcher.start(List.of(seeds, templates), List.of(settings), out, quiet, () -> {
            calls.incrementAndGet();
            rebuilds.release();
            return succeeds.get();
        }, reloads::release);
    }

    private boolean rebuilt() throws InterruptedException {
        return rebuilds.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private boolean rebuiltWithin(Duration wait) throws InterruptedException {
        return rebuilds.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    void editingASeedRebuildsAndThenReloads() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(seeds.resolve("a.txt"), "['changed']");
        assertThat(rebuilt()).isTrue();
        assertThat(reloads.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void addingAndDeletingSeedsRebuilds() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(seeds.resolve("b.txt"), "['b']");
        assertThat(rebuilt()).isTrue();
        Files.delete(seeds.resolve("a.txt"));
        assertThat(rebuilt()).isTrue();
    }

    @Test
    void aBurstOfChangesIsOneRebuild() throws Exception {
        start(Duration.ofMillis(700));
        for (int i = 0; i < 30; i++) Files.writeString(seeds.resolve("burst-" + i + ".txt"), "['" + i + "']");
        assertThat(rebuilt()).isTrue();
        assertThat(rebuiltWithin(SILENCE)).isFalse();
        assertThat(calls).hasValue(1);
    }

    @Test
    void templatesAreWatchedAllTheWayDownIncludingFoldersMadeLater() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(templates.resolve("assets/style.css"), "body {}");
        assertThat(rebuilt()).isTrue();
        Path fonts = Files.createDirectories(templates.resolve("assets/fonts"));
        assertThat(rebuilt()).isTrue();
        Files.writeString(fonts.resolve("face.woff2"), "font");
        assertThat(rebuilt()).isTrue();
    }

    @Test
    void theSettingsFileIsPickedUpWhenItIsCreatedLater() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(settings, "title: News\n");
        assertThat(rebuilt()).isTrue();
        Files.writeString(settings, "title: Other news\n");
        assertThat(rebuilt()).isTrue();
    }

    @Test
    void aTemplatesFolderThatDoesNotExistYetIsWatchedOnceCreated() throws Exception {
        Path later = project.resolve("theme");
        watcher = Watcher.start(List.of(seeds, later), List.of(), out, Watcher.DEFAULT_QUIET, () -> {
            rebuilds.release();
            return true;
        }, () -> {});
        Files.createDirectories(later);
        assertThat(rebuilt()).isTrue();
        Files.writeString(later.resolve("layout.html"), "<html></html>");
        assertThat(rebuilt()).isTrue();
    }

    @Test
    void writesToTheSiteAndItsStagingFoldersAndUnrelatedFilesAreIgnored() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(out.resolve("index.html"), "<p>built</p>");
        Path staging = Files.createDirectories(project.resolve(".site.staging-123"));
        Files.writeString(staging.resolve("index.html"), "<p>staged</p>");
        Files.move(out, project.resolve(".site.old-456"));
        Files.move(staging, out);
        Files.writeString(project.resolve("notes.txt"), "not an input");
        Files.writeString(seeds.resolve(".a.txt.swp"), "editor swap file");
        Files.writeString(seeds.resolve("a.txt~"), "editor backup");
        assertThat(rebuiltWithin(SILENCE)).isFalse();
    }

    @Test
    void aSiteBuiltInsideTheSeedsFolderDoesNotTriggerRebuilds() throws Exception {
        out = Files.createDirectories(seeds.resolve("site"));
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(out.resolve("index.html"), "<p>built</p>");
        Files.createDirectories(seeds.resolve(".site.staging-1/articles"));
        assertThat(rebuiltWithin(SILENCE)).isFalse();
        Files.writeString(seeds.resolve("a.txt"), "['still watched']");
        assertThat(rebuilt()).isTrue();
    }

    @Test
    void aFailedRebuildDoesNotReloadPagesAndTheNextChangeTriesAgain() throws Exception {
        succeeds.set(false);
        start(Watcher.DEFAULT_QUIET);
        Files.writeString(seeds.resolve("a.txt"), "['broken");
        assertThat(rebuilt()).isTrue();
        assertThat(reloads.tryAcquire(SILENCE.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
        succeeds.set(true);
        Files.writeString(seeds.resolve("a.txt"), "['fixed']");
        assertThat(rebuilt()).isTrue();
        assertThat(reloads.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aRebuildThatThrowsDoesNotStopTheWatcher() throws Exception {
        AtomicBoolean first = new AtomicBoolean(true);
        watcher = Watcher.start(List.of(seeds), List.of(), out, Watcher.DEFAULT_QUIET, () -> {
            rebuilds.release();
            if (first.getAndSet(false)) throw new IllegalStateException("a bug in the build");
            return true;
        }, reloads::release);
        Files.writeString(seeds.resolve("a.txt"), "['one']");
        assertThat(rebuilt()).isTrue();
        assertThat(reloads.tryAcquire(SILENCE.toMillis(), TimeUnit.MILLISECONDS)).isFalse();
        Files.writeString(seeds.resolve("a.txt"), "['two']");
        assertThat(rebuilt()).isTrue();
        assertThat(reloads.tryAcquire(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void afterCloseChangesAreNoLongerSeen() throws Exception {
        start(Watcher.DEFAULT_QUIET);
        watcher.close();
        Files.writeString(seeds.resolve("a.txt"), "['after close']");
        assertThat(rebuiltWithin(SILENCE)).isFalse();
    }
}
