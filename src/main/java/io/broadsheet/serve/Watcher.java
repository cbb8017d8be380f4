package io.broadsheet.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Watches a site's inputs and rebuilds it when they change: folders (seeds, templates) with everything in them, and
 * single files (the settings file) that need not exist yet. A burst of changes, such as an editor saving several
 * files, leads to one rebuild once things have been quiet for a moment.
 *
 * <p>The watcher knows nothing of how a site is built: it runs the given rebuild and, when that reports success,
 * the given follow-up (telling open pages to reload). The output folder and the staging folders a build writes
 * beside it are ignored, so that a build never triggers another; so are hidden files and editor backups.
 */
public final class Watcher implements AutoCloseable {
    /** Long enough to gather an editor's save or a {@code git checkout} into one rebuild, short enough to feel live. */
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(200);

    private final WatchService service;
    private final Set<Path> trees;
    private final Set<Path> targets;
    private final Path output;
    private final long quietNanos;
    private final BooleanSupplier rebuild;
    private final Runnable afterSuccess;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private Watcher(WatchService service, Set<Path> trees, Set<Path> files, Path output, Duration quiet,
            BooleanSupplier rebuild, Runnable afterSuccess) {
        this.service = service;
        this.trees = trees;
        this.targets = Stream.concat(trees.stream(), files.stream()).collect(Collectors.toSet());
        this.output = output;
        this.quietNanos = quiet.toNanos();
        this.rebuild = rebuild;
        this.afterSuccess = afterSuccess;
        this.thread = new Thread(this::run, "broadsheet-watcher");
        thread.setDaemon(true);
    }

    /**
     * Starts watching.
     *
     * @param folders      folders watched with everything in them; one that does not exist yet is picked up when
     *                     it is created
     * @param files        single files, watched through their folder, so they may not exist yet
     * @param output       the site folder the rebuild writes, ignored with its staging siblings
     * @param quiet        how long changes must pause before the rebuild starts
     * @param rebuild      builds the site; returns whether it succeeded. It runs on the watcher's thread, one
     *                     build at a time; an exception it throws counts as a failure and goes to the thread's
     *                     uncaught-exception handler without stopping the watcher
     * @param afterSuccess runs after each successful rebuild
     * @throws IOException if the file system cannot be watched
     */
    public static Watcher start(List<Path> folders, List<Path> files, Path output, Duration quiet,
            BooleanSupplier rebuild, Runnable afterSuccess) throws IOException {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(rebuild, "rebuild");
        Objects.requireNonNull(afterSuccess, "afterSuccess");
        if (quiet.isNegative()) throw new IllegalArgumentException("negative quiet period: " + quiet);
        Watcher watcher = new Watcher(FileSystems.getDefault().newWatchService(), absolute(folders), absolute(files),
                output.toAbsolutePath().normalize(), quiet, rebuild, afterSuccess);
        try {
            for (Path target : watcher.targets) watcher.watchParentOf(target);
            for (Path tree : watcher.trees) watcher.watchTree(tree);
        } catch (IOException | RuntimeException e) {
            watcher.service.close();
            throw e;
        }
        watcher.thread.start();
        return watcher;
    }

    /**
     * Stops watching. A rebuild under way is left to finish rather than interrupted, which could leave a half-written
     * staging folder behind; this waits for it, so that nothing writes the site once the watcher is closed.
     */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (Thread.currentThread() == thread) return;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<Path> absolute(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toSet());
    }

    private void run() {
        try {
            while (true) {
                if (!drain(service.take())) continue;
                long deadline = System.nanoTime() + quietNanos;
                for (long wait = quietNanos; wait > 0; wait = deadline - System.nanoTime()) {
                    WatchKey next = service.poll(wait, TimeUnit.NANOSECONDS);
                    if (next != null && drain(next)) deadline = System.nanoTime() + quietNanos;
                }
                runRebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: serving is stopping.
        }
    }

    private void runRebuild() {
        try {
            if (rebuild.getAsBoolean()) afterSuccess.run();
        } catch (RuntimeException e) {
            // A bug in one rebuild must not stop the watching: the next change tries again.
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, e);
        }
    }

    /** Handles a key's events; whether any of them concerns an input. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: rescan what is watched and rebuild to be safe.
                for (Path tree : trees) watchTreeQuietly(tree);
                relevant = true;
                continue;
            }
            if (folder == null) continue;
            Path changed = folder.resolve((Path) event.context());
            if (!concerns(changed)) continue;
            relevant = true;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed) && inTree(changed)) {
                watchTreeQuietly(changed);
            }
        }
        if (!key.reset()) folders.remove(key);
        return relevant;
    }

    private boolean concerns(Path path) {
        if (isIgnored(path)) return false;
        return targets.contains(path) || inTree(path);
    }

    private boolean inTree(Path path) {
        for (Path tree : trees) if (path.startsWith(tree)) return true;
        return false;
    }

    /** The output, its staging, old and delta siblings and build cache, hidden files and editor backups. */
    private boolean isIgnored(Path path) {
        if (path.startsWith(output)) return true;
        String outputName = output.getFileName() == null ? "" : output.getFileName().toString();
        for (Path element : path) {
            String name = element.toString();
            if (name.startsWith("." + outputName + ".staging-") || name.startsWith("." + outputName + ".old-")
                    || name.startsWith("." + outputName + ".delta-") || name.equals("." + outputName + ".broadsheet-cache")) {
                return true;
            }
        }
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        boolean target = targets.contains(path);
        return !target && (name.startsWith(".") || name.endsWith("~"));
    }

    /** Watches a target's folder for the target itself appearing, disappearing or changing. */
    private void watchParentOf(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent != null && Files.isDirectory(parent)) register(parent);
    }

    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) return;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                // Skipping whole subtrees keeps a site built inside the seeds folder, or a .git, out of the watch.
                if (!trees.contains(folder) && isIgnored(folder)) return FileVisitResult.SKIP_SUBTREE;
                register(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // Deleted while walking: its deletion is an event of its own.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Watches a folder that appeared while watching; if it vanishes again meanwhile, there is nothing to watch. */
    private void watchTreeQuietly(Path root) {
        try {
            watchTree(root);
        } catch (IOException e) {
            // Gone already: its deletion is another event, which triggers its own rebuild.
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
    }
}
