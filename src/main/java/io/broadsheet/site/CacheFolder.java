package io.broadsheet.site;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build cache's folder beside the site ({@code .site.broadsheet-cache/} for {@code site/}), and the crash-safe
 * way an incremental build applies its changes to the published site.
 *
 * <p>The cache is trusted only for the site it was written with: it records the identity of the site's marker
 * file ({@link #identity}), and a site folder whose marker is another file means a clean build.
 *
 * <p>Applying is journalled: the list of files to move in and to delete is forced to disk before the first file
 * is touched, and the journal is removed only when everything is done. A build killed while applying leaves the
 * journal; the next build rolls it forward before doing anything else, so the site is never left half-changed
 * by more than one build.
 */
final class CacheFolder {
    private static final String CACHE = "cache.bin";
    private static final String PENDING = "cache.bin.new";
    /** What a small rebuild writes instead of the whole cache: see {@link BuildCache#writeDelta}. */
    private static final String DELTA = "cache.delta";
    private static final String DELTA_PENDING = "cache.delta.new";
    /** The journal's line saying which of the two a build wrote; a journal without it wrote the whole cache. */
    private static final String WROTE_DELTA = "C delta";
    private static final String WROTE_WHOLE = "C whole";
    /**
     * A delta larger than this share of the whole cache (its seed files, scans, articles and table of files) is not
     * written: the whole cache is, and the next delta starts from it.
     */
    private static final int DELTA_SHARE = 8;
    /** About how many rows of the table of files (or seed files, or scans) an article's record weighs. */
    private static final int ARTICLE_WEIGHT = 5;
    private static final String JOURNAL = "journal";
    private static final String JOURNAL_HEADER = "broadsheet journal 1";
    private static final String JOURNAL_END = "end";
    private static final String LOCK = "lock";

    private final Path out;
    private final Path dir;

    private CacheFolder(Path out) {
        this.out = out;
        this.dir = out.resolveSibling("." + out.getFileName() + ".broadsheet-cache");
    }

    /** The cache folder of a site folder. */
    static CacheFolder of(Path out) {
        return new CacheFolder(out.toAbsolutePath().normalize());
    }

    /**
     * The identity of a marker file: its file key (device and inode where there are such) and modification time.
     * A site folder that was deleted, replaced or rebuilt without this cache has a new marker file, and so
     * another identity; the marker's text stays the same, so that the site's bytes depend only on its inputs.
     */
    static String identity(Path marker) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(marker, BasicFileAttributes.class);
            return attributes.fileKey() + "@" + attributes.lastModifiedTime().toInstant() + "/" + attributes.size();
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Takes the site for one build: until the lock is closed, another build of the same site, in this process or
     * another, is refused. Two at once would each take the other's delta folder and scratch files for a killed
     * build's and remove them. The lock is an operating system lock on a file of the cache folder, so a killed
     * build holds it no longer; the file stays, unless this build created the cache folder and leaves it empty.
     * On a file system that has no locks the build goes on unguarded.
     *
     * @throws SetupException if another build holds the site, or the lock cannot be taken
     */
    Lock lock() throws SetupException {
        Path file = dir.resolve(LOCK);
        try {
            boolean created = !Files.isDirectory(dir);
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                if (channel.tryLock() != null) return new Lock(channel, file, created);
            } catch (OverlappingFileLockException e) {
                // Held by another build in this process: refused like one in another process.
            } catch (IOException e) {
                // A file system without locks (some network and FUSE ones): built unguarded, as before locks.
                return new Lock(channel, file, created);
            }
            channel.close();
            throw new SetupException("another build of " + out + " is running (it holds " + file
                    + "); run this one when it has finished");
        } catch (IOException e) {
            throw new SetupException("cannot lock the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** The site taken for one build ({@link #lock}); closing it lets the next build in. */
    final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final Path file;
        private final boolean created;

        private Lock(FileChannel channel, Path file, boolean created) {
            this.channel = channel;
            this.file = file;
            this.created = created;
        }

        @Override
        public void close() throws SetupException {
            try {
                // A build refused before it wrote anything leaves nothing beside the folder it was pointed at.
                if (created) {
                    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                        boolean onlyLock = true;
                        for (Path entry : entries) onlyLock &= entry.equals(file);
                        if (onlyLock) {
                            Files.deleteIfExists(file);
                            Files.deleteIfExists(dir);
                        }
                    }
                }
                channel.close();
            } catch (IOException e) {
                throw new SetupException("cannot unlock the build cache " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Completes an apply that a killed build left unfinished, and removes the delta and staging folders killed builds
     * left before applying or publishing.
     */
    void recover() throws SetupException {
        try {
            Path journal = dir.resolve(JOURNAL);
            if (Files.isRegularFile(journal)) {
                List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
                if (lines.size() >= 3 && lines.get(0).equals(JOURNAL_HEADER)
                        && lines.get(lines.size() - 1).equals(JOURNAL_END)) {
                    List<String> moves = new ArrayList<>();
                    List<String> deletes = new ArrayList<>();
                    String searchFile = null;
                    boolean wroteDelta = false;
                    for (String line : lines.subList(2, lines.size() - 1)) {
                        if (line.startsWith("K ")) {
                            searchFile = line.substring(2);
                        } else if (line.startsWith("C ")) {
                            wroteDelta = line.equals(WROTE_DELTA);
                        } else {
                            (line.startsWith("M ") ? moves : deletes).add(line.substring(2));
                        }
                    }
                    Path delta = DeltaArea.inside(out.getParent(), lines.get(1));
                    rollForward(delta, moves, deletes, searchFile, wroteDelta);
                } else {
                    // Only a complete journal is renamed into place, so this one was damaged afterwards: the
                    // site cannot be trusted to match any cache.
                    Files.deleteIfExists(dir.resolve(CACHE));
                    Files.delete(journal);
                }
            }
            // Only once the journal is rolled forward: the delta folder it names is then moved in or gone.
            StagingArea.removeLeftovers(out);
        } catch (IOException | RuntimeException e) {
            throw new SetupException("cannot finish the build that was interrupted in " + out + ": " + e.getMessage()
                    + "; run the build with --clean", e);
        }
    }

    /**
     * The previous build's cache, if it is readable, was written by this code, and names the site now on disk;
     * otherwise empty, and the build is clean.
     */
    Optional<BuildCache> read() {
        return read(BuildCache.Part.ALL, new Workers(1));
    }

    /** As {@link #read()}, reading only part of the cache, with the given threads. */
    Optional<BuildCache> read(BuildCache.Part part, Workers workers) {
        String marker = identity(out.resolve(StagingArea.MARKER));
        if (marker.isEmpty()) return Optional.empty();
        Path delta = dir.resolve(DELTA);
        return BuildCache.read(dir.resolve(CACHE), Files.exists(delta) ? delta : null, part, workers)
                .filter(cache -> cache.marker().equals(marker));
    }

    /** The folder itself, where a build writes the cache's {@link SearchEntries} before naming them in the cache. */
    Path dir() {
        return dir;
    }

    /** Forgets the cache, before a clean build replaces the site. */
    void discard() throws SetupException {
        try {
            Files.deleteIfExists(dir.resolve(CACHE));
            Files.deleteIfExists(dir.resolve(PENDING));
            Files.deleteIfExists(dir.resolve(DELTA));
            Files.deleteIfExists(dir.resolve(DELTA_PENDING));
        } catch (IOException e) {
            throw new SetupException("cannot remove the build cache " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Stores the cache of a clean build, after its site was published. */
    void save(BuildCache cache, Workers workers) throws SetupException {
        try {
            Files.createDirectories(dir);
            Path pending = dir.resolve(PENDING);
            cache.withMarker(identity(out.resolve(StagingArea.MARKER))).write(pending, workers);
            Files.move(pending, dir.resolve(CACHE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dir.resolve(DELTA));
            removeOtherSearchFiles(cache.searchFile());
        } catch (IOException e) {
            // The site is published; without a cache the next build is clean, which is slower but right.
            throw new SetupException("the site was built, but its build cache could not be written to " + dir
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies an incremental build to the published site: moves the staged files in, deletes the files of the
     * previous build that this one did not make, and stores the new cache, all under a journal.
     *
     * @param previous the cache this build read, which {@code next} replaces
     * @param seeds    the seed files and scans of {@code next} that differ from those of {@code previous}
     *                 ({@link BuildCache#changedSeeds})
     */
    void apply(DeltaArea delta, List<String> removed, BuildCache previous, BuildCache next,
               BuildCache.DeltaKeys seeds, Workers workers) throws SetupException {
        boolean wroteDelta = journal(delta, removed, previous, next, seeds, workers);
        try {
            rollForward(delta.folder(), delta.staged(), removed, next.searchFile(), wroteDelta);
        } catch (IOException | RuntimeException e) {
            throw new SetupException("cannot update " + out + ": " + e.getMessage()
                    + "; the next build finishes the update", e);
        }
    }

    /**
     * The first half of {@link #apply}: stores the new cache beside the old one and forces the journal to disk.
     * From here on the update is as good as done: if the build is killed, the next one rolls it forward.
     *
     * @return whether only a delta of the cache was written
     */
    boolean journal(DeltaArea delta, List<String> removed, BuildCache previous, BuildCache next,
                    BuildCache.DeltaKeys seeds, Workers workers) throws SetupException {
        try {
            Files.createDirectories(dir);
            // A build killed before its journal may have left either: neither is ever to be taken for this one's.
            Files.deleteIfExists(dir.resolve(PENDING));
            Files.deleteIfExists(dir.resolve(DELTA_PENDING));
            List<String> moves = delta.staged();
            // A move keeps a file's identity, so the marker's is known before it is applied.
            Path marker = (moves.contains(StagingArea.MARKER) ? delta.folder() : out).resolve(StagingArea.MARKER);
            BuildCache stored = next.withMarker(identity(marker));
            Optional<DeltaPlan> plan = deltaPlan(previous, stored, seeds);
            if (plan.isPresent()) {
                stored.writeDelta(dir.resolve(DELTA_PENDING), plan.get().base(), plan.get().keys());
            } else {
                stored.write(dir.resolve(PENDING), workers);
            }
            StringBuilder text = new StringBuilder(JOURNAL_HEADER).append('\n')
                    .append(delta.folder().getFileName()).append('\n');
            for (String path : moves) text.append("M ").append(path).append('\n');
            for (String path : removed) text.append("D ").append(path).append('\n');
            text.append("K ").append(next.searchFile()).append('\n');
            text.append(plan.isPresent() ? WROTE_DELTA : WROTE_WHOLE).append('\n');
            text.append(JOURNAL_END).append('\n');
            Path temporary = dir.resolve(JOURNAL + ".tmp");
            try (FileOutputStream journal = new FileOutputStream(temporary.toFile())) {
                journal.write(text.toString().getBytes(StandardCharsets.UTF_8));
                journal.getFD().sync();
            }
            Files.move(temporary, dir.resolve(JOURNAL), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            delta.handedOver();
            return plan.isPresent();
        } catch (IOException | RuntimeException e) {
            throw new SetupException("cannot update " + out + ": " + e.getMessage(), e);
        }
    }

    /** What to write of the next cache as a delta: see {@link BuildCache#writeDelta}. */
    private record DeltaPlan(byte[] base, BuildCache.DeltaKeys keys) {}

    /**
     * What to write of the next cache as a delta against the cache file on disk, which with its delta (if any) is
     * {@code previous}; empty if the whole cache is to be written: there is no such file, the archive's articles or
     * the site's paths are not the same, or too much changed since that file was written. A delta holds everything
     * that changed since then, so that the file and the latest delta are always the whole cache.
     */
    private Optional<DeltaPlan> deltaPlan(BuildCache previous, BuildCache next, BuildCache.DeltaKeys seeds)
            throws IOException {
        Path base = dir.resolve(CACHE);
        if (!Files.isRegularFile(base) || !previous.articles().keySet().equals(next.articles().keySet())) {
            return Optional.empty();
        }
        BitSet rows = next.outputs().changedRows(previous.outputs());
        if (rows == null) return Optional.empty();
        BuildCache.DeltaKeys keys = new BuildCache.DeltaKeys(new HashSet<>(), new HashSet<>(), new HashSet<>(),
                new BitSet());
        Path delta = dir.resolve(DELTA);
        if (Files.exists(delta)) {
            Optional<BuildCache.DeltaKeys> earlier = BuildCache.deltaKeys(base, delta);
            if (earlier.isEmpty()) return Optional.empty();
            keys.files().addAll(earlier.get().files());
            keys.scans().addAll(earlier.get().scans());
            keys.ids().addAll(earlier.get().ids());
            keys.rows().or(earlier.get().rows());
        }
        keys.files().addAll(seeds.files());
        keys.scans().addAll(seeds.scans());
        // A kept article is the previous build's own record.
        next.articles().forEach((id, article) -> {
            if (article != previous.articles().get(id)) keys.ids().add(id);
        });
        keys.rows().or(rows);
        long whole = (long) ARTICLE_WEIGHT * next.articles().size() + next.outputs().size() + next.files().size()
                + next.scans().size();
        long part = (long) ARTICLE_WEIGHT * keys.ids().size() + keys.rows().cardinality() + keys.files().size()
                + keys.scans().size();
        if (part > whole / DELTA_SHARE) return Optional.empty();
        return Optional.of(new DeltaPlan(BuildCache.fileIdentity(base), keys));
    }

    /**
     * Does what a journal says; every step may be repeated, so a roll-forward that is itself killed is safe.
     *
     * @param searchFile the search entries the new cache names, or null if the journal does not say: the others
     *                   are removed once the new cache is in place
     * @param wroteDelta whether the build wrote a delta of the cache rather than the whole cache
     */
    private void rollForward(Path delta, List<String> moves, List<String> deletes, String searchFile,
                             boolean wroteDelta) throws IOException {
        for (String path : moves) {
            Path from = DeltaArea.inside(delta, path);
            if (!Files.exists(from)) continue; // moved by the roll-forward that was killed
            Path to = DeltaArea.inside(out, path);
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        for (String path : deletes) {
            Path file = DeltaArea.inside(out, path);
            Files.deleteIfExists(file);
            removeEmptyFolders(file.getParent());
        }
        if (wroteDelta) {
            moveIfThere(dir.resolve(DELTA_PENDING), dir.resolve(DELTA));
        } else {
            moveIfThere(dir.resolve(PENDING), dir.resolve(CACHE));
            // Written against the cache file just replaced: it would no longer complete it.
            Files.deleteIfExists(dir.resolve(DELTA));
        }
        if (searchFile != null) removeOtherSearchFiles(searchFile);
        Files.deleteIfExists(dir.resolve(JOURNAL));
        deleteTree(delta);
    }

    /** Renames a file over another, unless a roll-forward that was killed has done so already. */
    private static void moveIfThere(Path from, Path to) throws IOException {
        if (Files.exists(from)) Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the search entries of earlier caches, and those killed builds left unnamed. */
    private void removeOtherSearchFiles(String keepSet) throws IOException {
        List<String> keep = SearchEntries.files(keepSet);
        if (!Files.isDirectory(dir)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if ((SearchEntries.isName(name) || name.endsWith(".tmp") && name.startsWith("search"))
                        && !keep.contains(name)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** Folders left empty by deleting Broadsheet's files; a folder still holding anything is kept. */
    private void removeEmptyFolders(Path folder) throws IOException {
        while (!folder.equals(out) && folder.startsWith(out) && Files.isDirectory(folder)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) return;
            }
            Files.delete(folder);
            folder = folder.getParent();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
