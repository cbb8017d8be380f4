package io.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A folder beside the output where a site is written in full before it replaces the previous one, so a build
 * that fails or is killed leaves the previous site whole.
 *
 * <p>Broadsheet marks every folder it writes with {@value #MARKER}; it replaces or deletes only folders that carry
 * the mark, so it never destroys what it did not create.
 */
final class StagingArea implements SiteTarget {
    static final String MARKER = ".broadsheet-site";
    static final String MARKER_TEXT =
            "Written by Broadsheet. This folder is replaced whole by every build: keep nothing else here.\n";

    private final Path out;
    private final Path staging;
    /** Folders this build has made, so that writing many files into one folder checks it only once. */
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private volatile boolean published;

    private StagingArea(Path out, Path staging) {
        this.out = out;
        this.staging = staging;
    }

    /**
     * Checks that the output may be replaced, removes what killed builds left behind, and creates the staging folder.
     */
    static StagingArea open(Path out) throws SetupException {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target);
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            removeLeftovers(parent, target.getFileName().toString());
            Path staging = Files.createTempDirectory(parent, stagingPrefix(target));
            // A temporary folder is private to its owner; a site must be readable by the web server that hosts it.
            if (staging.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            Files.writeString(staging.resolve(MARKER), MARKER_TEXT, StandardCharsets.UTF_8);
            return new StagingArea(target, staging);
        } catch (IOException e) {
            throw new SetupException("cannot write beside " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one file of the site, at a path relative to the site's top, with {@code /} separators. Safe to call
     * from several threads at once, for different files.
     */
    @Override
    public void write(String relativePath, byte[] content) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("path leaves the site: " + relativePath);
        }
        try {
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Null: a clean build does not build on the site it replaces. */
    @Override
    public byte[] readPublished(String relativePath) {
        return null;
    }

    /** Reads back a file written earlier in this build, at a path relative to the site's top. */
    @Override
    public byte[] read(String relativePath) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("path leaves the site: " + relativePath);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the output folder with the staged site. */
    void publish() throws SetupException {
        checkReplaceable(out);
        try {
            Path old = null;
            if (Files.exists(out)) {
                old = Files.createTempDirectory(out.getParent(), oldPrefix(out));
                Files.delete(old);
                Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            published = true;
            if (old != null) deleteTree(old);
        } catch (IOException e) {
            throw new SetupException("cannot replace " + out + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the staging folder unless it was published. */
    @Override
    public void close() {
        if (published) return;
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkReplaceable(Path out) throws SetupException {
        if (!Files.exists(out)) return;
        if (!Files.isDirectory(out)) throw new SetupException(out + " exists and is not a folder; choose another --out");
        if (Files.exists(out.resolve(MARKER)) || isEmpty(out)) return;
        throw new SetupException("refusing to replace " + out + ": it is not empty and was not written by Broadsheet"
                + " (it has no " + MARKER + " file); move it away or choose another --out");
    }

    private static boolean isEmpty(Path dir) throws SetupException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new SetupException("cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the folders that killed builds left beside a site, recognisable by name and by the marker inside: the
     * staging and old folders of clean builds and the {@link DeltaArea delta} folders of incremental builds killed
     * before their journal. An incremental build calls this too: a clean build stopped with Ctrl-C leaves the
     * previous cache valid, so the next build is incremental, and a staging folder can hold a whole large site.
     */
    static void removeLeftovers(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.isDirectory(target.getParent())) removeLeftovers(target.getParent(), target.getFileName().toString());
    }

    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".{staging,old,delta}-*")) {
            for (Path sibling : siblings) {
                if (Files.isDirectory(sibling) && Files.exists(sibling.resolve(MARKER))) deleteTree(sibling);
            }
        }
    }

    private static String stagingPrefix(Path out) {
        return "." + out.getFileName() + ".staging-";
    }

    private static String oldPrefix(Path out) {
        return "." + out.getFileName() + ".old-";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
