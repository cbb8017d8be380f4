package io.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder beside the site where an incremental build stages only its new and changed files; {@link CacheFolder}
 * then moves them into the site. Reading a file that was not staged reads the published site, which the
 * incremental build leaves as it is.
 */
final class DeltaArea implements SiteTarget {
    private final Path out;
    private final Path delta;
    private final Set<String> staged = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean applied;

    private DeltaArea(Path out, Path delta) {
        this.out = out;
        this.delta = delta;
    }

    /** The prefix of delta folders beside a site: {@code .site.delta-}. */
    static String prefix(Path out) {
        return "." + out.getFileName() + ".delta-";
    }

    /** Creates an empty delta folder beside the site, marked so that a killed build's leftover can be removed. */
    static DeltaArea open(Path out) throws SetupException {
        try {
            Path delta = Files.createTempDirectory(out.getParent(), prefix(out));
            Files.writeString(delta.resolve(StagingArea.MARKER), "", StandardCharsets.UTF_8);
            return new DeltaArea(out, delta);
        } catch (IOException e) {
            throw new SetupException("cannot write beside " + out + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String relativePath, byte[] content) {
        Path file = inside(delta, relativePath);
        try {
            Path folder = file.getParent();
            // Recorded only once it exists: a thread that finds a folder recorded may write into it at once.
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        staged.add(relativePath);
    }

    @Override
    public byte[] readPublished(String relativePath) {
        Path file = inside(out, relativePath);
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] read(String relativePath) {
        Path file = inside(staged.contains(relativePath) ? delta : out, relativePath);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder holding the staged files. */
    Path folder() {
        return delta;
    }

    /** The staged files, by path from the site's top, sorted. */
    List<String> staged() {
        return List.copyOf(new TreeSet<>(staged));
    }

    /** Called once the journal has taken over the folder: it is then deleted by the journal, not here. */
    void handedOver() {
        applied = true;
    }

    @Override
    public void close() {
        if (applied) return;
        try {
            CacheFolder.deleteTree(delta);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path under a root; refuses paths that would leave it. */
    static Path inside(Path root, String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("path leaves the site: " + relativePath);
        }
        return file;
    }
}
