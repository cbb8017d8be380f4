package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import java.io.Closeable;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * What one build remembers for the next: the keys of every step it did and the files it wrote, so that an
 * incremental build redoes only the steps whose inputs changed.
 *
 * <p>Stored in one compact binary file of big-endian numbers and length-prefixed strings (the layout of a
 * {@code DataOutputStream}), since a large archive has hundreds of thousands of entries, in four parts each
 * followed by its CRC-32C: the head, the articles (in two halves, written side by side), and the table of files,
 * whose start the file ends with so that it can be read beside the articles. A CRC rather than a cryptographic digest:
 * it is there to catch a torn or damaged file, fast enough not to weigh on every build, and whoever could forge it
 * could as well write the site itself. The cache is trusted only if its checksums hold, it was written by the same
 * code ({@link CodeVersion}), and it names the site now on disk ({@link CacheFolder}); any doubt means a clean
 * build, never a wrong site.
 *
 * <p>After a small rebuild most of a large archive's cache is as it was, so such a build writes a delta beside the
 * file instead ({@link #writeDelta}): its own small fields, and the seed files, scans, articles and rows of the table
 * of files that changed since the file was written. The file and its delta read as the whole cache.
 *
 * @param code       the {@link CodeVersion} that wrote it
 * @param siteDigest the digest of every input of the build
 * @param marker     the identity of the site's marker file (its file key and time) when the cache was written:
 *                   a site deleted, replaced or rebuilt by other means has a new marker file
 * @param report     what the build reported, repeated by a build that finds nothing to do
 * @param scans      each parsed dump's paragraph fingerprints, by the hex SHA-256 of its bytes
 * @param repeats    how many dumps have the same bytes, by the hex SHA-256 of their bytes, where more than one
 *                   does: with {@code scans}, how many dumps each fingerprint was counted in
 * @param files      the digest of each seed file the build read or trusted, with the file's size, modification
 *                   time and file key when it was read, by file name ({@link SeedFile})
 * @param articles   each built article, by id
 * @param search     the digest of every article's search input in archive order
 * @param searchFile the name of the {@link SearchEntries} set (a file, or a file and its delta) in the cache's
 *                   folder that holds every article's search index entry, or empty if there is none
 * @param outputs    every file of the site Broadsheet wrote, by path from the site's top
 * @param common     the digest of the code, settings and theme every page was made with: while it and the
 *                   archive's order and groups are unchanged, only the pages showing a changed summary can change
 */
record BuildCache(byte[] code, byte[] siteDigest, String marker, BuildReport report, Map<String, long[]> scans,
                  Map<String, Integer> repeats, Map<String, SeedFile> files, Map<String, CachedArticle> articles, byte[] search, String searchFile,
                  OutputTable outputs, byte[] common) {
    private static final long MAGIC = 0x42726f6164436163L; // "BroadCac"
    private static final long DELTA_MAGIC = 0x42726f6164446c74L; // "BroadDlt"

    /** A cache that knows nothing, for clean builds: every step is done. */
    static final BuildCache EMPTY = new BuildCache(new byte[0], new byte[0], "", new BuildReport(0, List.of(), List.of()),
            Map.of(), Map.of(), Map.of(), Map.of(), new byte[0], "", OutputTable.EMPTY, new byte[0]);

    /**
     * The maps are handed over, not copied: every caller builds them for this cache alone and lets go of them, and
     * copying a large archive's hundreds of thousands of entries was a visible part of an incremental build's time
     * and garbage. They keep the order they were filled in, which is the order they are written in.
     */
    BuildCache {
        scans = Collections.unmodifiableMap(scans);
        repeats = Collections.unmodifiableMap(repeats);
        files = Collections.unmodifiableMap(files);
        articles = Collections.unmodifiableMap(articles);
    }

    /**
     * What a build keeps of one article so that an unchanged dump is neither converted nor read again.
     *
     * @param key      the digest of every input of its conversion
     * @param markdown the SHA-256 of its Markdown
     * @param summary  its summary
     * @param counts   {@code ArchiveProfile.digestFor} its dump's fingerprints: the part of its key that depends on
     *                 the rest of the archive, reused while the counts of those fingerprints are unchanged
     */
    record CachedArticle(byte[] key, byte[] markdown, ArticleSummary summary, byte[] counts) {}

    /**
     * A seed file as the build read it. A later build finding the file with the same size, modification time and
     * file key trusts the digest instead of reading the file again, as git trusts its index. A file last modified
     * shortly before the build started is recorded {@linkplain #unstatted() without its stat} (see
     * {@code SiteBuilder}), so that a file changed during the build, or in the same tick of the file system's clock
     * as it was read, is read again; its digest is still recorded, so that every file the build used is known.
     *
     * @param size     its size in bytes
     * @param modified its modification time, in nanoseconds since the epoch
     * @param fileKey  its file key (device and inode where there are such), or empty where the system has none
     * @param digest   the SHA-256 of its bytes
     */
    record SeedFile(long size, long modified, String fileKey, byte[] digest) {
        /** Whether this is the same file, unchanged, as {@code other}, to all a stat can tell. */
        boolean sameStat(SeedFile other) {
            return size == other.size && modified == other.modified && fileKey.equals(other.fileKey);
        }

        /** The same file with the digest of its bytes. */
        SeedFile withDigest(byte[] digest) {
            return new SeedFile(size, modified, fileKey, digest);
        }

        /** The same file with a size no stat gives, so that no later build trusts its stat. */
        SeedFile unstatted() {
            return new SeedFile(-1, modified, fileKey, digest);
        }
    }

    /**
     * A file the build wrote: a row of an {@link OutputTable}.
     *
     * @param path    its path from the site's top
     * @param key     the digest of what it was made from, or empty when it is compared by content alone
     * @param content the SHA-256 of its bytes
     */
    record Output(String path, byte[] key, byte[] content) {}

    /** How much of a cache file to read. */
    enum Part {
        /** What tells whether the build has anything to do: the inputs' digest, the report, the seed files. */
        HEAD,
        /**
         * All but the seed files and their scans, left empty: what a build with work to do reads once its dumps
         * are scanned, as it has no more use for them, and which a large archive would otherwise hold twice.
         */
        BULK,
        /** Everything. */
        ALL
    }

    /** This cache, naming the given marker file identity. */
    BuildCache withMarker(String identity) {
        return new BuildCache(code, siteDigest, identity, report, scans, repeats, files, articles, search, searchFile,
                outputs, common);
    }

    /**
     * The cache in a file, or empty if it is missing, unreadable, damaged or from other code.
     *
     * @param part    what to read: the {@linkplain Part#HEAD head} has its own checksum, so that a build that finds
     *                nothing changed reads nothing else; what is not read is left empty
     * @param workers the threads to read with: the table of files is read beside the rest
     */
    static Optional<BuildCache> read(Path file, Part part, Workers workers) {
        return read(file, null, part, workers);
    }

    /**
     * As {@link #read(Path, Part, Workers)}, completed by a delta ({@link #writeDelta}) written against that file:
     * its fields stand for the file's, and its seed files, scans, articles and rows of the table of files for the
     * file's. Empty if the delta is unreadable, damaged, or was written against another file.
     *
     * @param delta the delta, or null if there is none
     */
    static Optional<BuildCache> read(Path file, Path delta, Part part, Workers workers) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        Delta changes = null;
        if (delta != null) {
            Optional<Delta> read = readDelta(delta);
            if (read.isEmpty() || !read.get().completes(file)) return Optional.empty();
            changes = read.get();
        }
        Delta applied = changes;
        if (part == Part.HEAD) return readFront(file, part, applied);
        // The two halves are about the same size; each is checked by its own checksum.
        Workers.Both<Optional<BuildCache>, Optional<OutputTable>> halves = workers.both(
                () -> readFront(file, part, applied), () -> readOutputs(file, applied));
        if (halves.first().isEmpty() || halves.second().isEmpty()) return Optional.empty();
        BuildCache c = halves.first().get();
        return Optional.of(new BuildCache(c.code, c.siteDigest, c.marker, c.report, c.scans, c.repeats, c.files,
                c.articles, c.search, c.searchFile, halves.second().get(), c.common));
    }

    /**
     * Everything but the table of files, which is left empty.
     *
     * @param delta what completes the file, or null
     */
    private static Optional<BuildCache> readFront(Path file, Part part, Delta delta) {
        try (Input in = new Input(Files.newInputStream(file))) {
            if (in.readLong() != MAGIC) return Optional.empty();
            Head head = readHead(in, part);
            if (head == null) return Optional.empty();
            if (delta != null) head = delta.applyTo(head, part);
            if (part == Part.HEAD) return Optional.of(head.cache());
            int count = in.readInt();
            // The two halves of the articles were written side by side, each with its own checksum.
            Map<String, CachedArticle> articles = new LinkedHashMap<>(HashCapacity.forSize(2 * count + 1));
            articles(in, count, articles);
            if (in.checksum() != in.readUncheckedLong()) return Optional.empty();
            in.resetChecksum();
            articles(in, in.readInt(), articles);
            byte[] search = in.bytes();
            String searchFile = in.text();
            byte[] common = in.bytes();
            // The checksum catches damage in the middle of the cache, which would otherwise pass for data.
            if (in.checksum() != in.readUncheckedLong()) return Optional.empty();
            if (delta != null) {
                for (CachedArticle article : delta.articles()) {
                    if (articles.replace(article.summary().id(), article) == null) return Optional.empty();
                }
                search = delta.search();
                searchFile = delta.searchFile();
                common = delta.common();
            }
            if (!searchFilesPresent(file, searchFile)) return Optional.empty();
            return Optional.of(new BuildCache(head.code, head.siteDigest, head.marker, head.report, head.scans,
                    head.repeats, head.files, articles, search, searchFile, OutputTable.EMPTY, common));
        } catch (IOException | RuntimeException e) {
            // Truncated, corrupt or written by a format this code does not know: start afresh.
            return Optional.empty();
        }
    }

    /** Whether the search entries a cache names are in its folder. */
    private static boolean searchFilesPresent(Path file, String searchFile) {
        if (searchFile.isEmpty()) return true;
        for (String name : SearchEntries.files(searchFile)) {
            if (!Files.isRegularFile(file.resolveSibling(name))) return false;
        }
        return true;
    }

    /**
     * The head of a cache or a delta, as read so far.
     *
     * @param scans   empty unless read
     * @param repeats empty unless read
     * @param files   empty unless read
     */
    private record Head(byte[] code, byte[] siteDigest, String marker, BuildReport report, Map<String, long[]> scans,
                        Map<String, Integer> repeats, Map<String, SeedFile> files) {
        /** A cache of this head alone. */
        BuildCache cache() {
            return new BuildCache(code, siteDigest, marker, report, scans, repeats, files, Map.of(), new byte[0], "",
                    OutputTable.EMPTY, new byte[0]);
        }
    }

    /**
     * Reads a head and its checksum, and starts the checksum of the next part; null if it was written by other
     * code or is damaged. For {@link Part#BULK} the seed files and scans are read through for the checksum only.
     */
    private static Head readHead(Input in, Part part) throws IOException {
        byte[] code = in.bytes();
        if (!Arrays.equals(code, CodeVersion.digest())) return null;
        byte[] siteDigest = in.bytes();
        String marker = in.text();
        BuildReport report = new BuildReport(in.readInt(), problems(in), problems(in));
        Map<String, long[]> scans = new LinkedHashMap<>();
        Map<String, Integer> repeats = new LinkedHashMap<>();
        Map<String, SeedFile> files = new LinkedHashMap<>();
        if (part == Part.BULK) {
            // Read through for the checksum, into nothing.
            for (int n = in.readInt(); n > 0; n--) {
                in.skip(in.readInt());
                in.skip(8L * in.readInt());
            }
            for (int n = in.readInt(); n > 0; n--) in.skip(in.readInt() + 4L);
            for (int n = in.readInt(); n > 0; n--) {
                in.skip(in.readInt() + 16L);
                in.skip(Math.max(0, in.readInt()));
                in.skip(in.readInt());
            }
        } else {
            int count = in.readInt();
            scans = new LinkedHashMap<>(HashCapacity.forSize(count));
            for (int n = count; n > 0; n--) {
                String digest = in.text();
                long[] fingerprints = in.longs();
                scans.put(digest, fingerprints);
            }
            for (int n = in.readInt(); n > 0; n--) repeats.put(in.text(), in.readInt());
            count = in.readInt();
            files = new LinkedHashMap<>(HashCapacity.forSize(count));
            for (int n = count; n > 0; n--) files.put(in.text(), seedFile(in));
        }
        long sum = in.checksum();
        in.resetChecksum();
        if (sum != in.readLong()) return null;
        return new Head(code, siteDigest, marker, report, scans, repeats, files);
    }

    private static void articles(Input in, int count, Map<String, CachedArticle> into) throws IOException {
        for (int n = count; n > 0; n--) {
            byte[] key = in.bytes();
            byte[] markdown = in.bytes();
            ArticleSummary summary = summary(in);
            into.put(summary.id(), new CachedArticle(key, markdown, summary, in.bytes()));
        }
    }

    /**
     * The table of files, found by the offset the file ends with.
     *
     * @param delta rows that replace the file's, or null
     */
    private static Optional<OutputTable> readOutputs(Path file, Delta delta) {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteBuffer trailer = ByteBuffer.allocate(Long.BYTES);
            if (size < 3L * Long.BYTES || channel.read(trailer, size - Long.BYTES) != Long.BYTES) {
                return Optional.empty();
            }
            long start = trailer.getLong(0);
            if (start < Long.BYTES || start > size - 2L * Long.BYTES - Integer.BYTES) return Optional.empty();
            channel.position(start);
            Input in = new Input(Channels.newInputStream(channel));
            int written = in.readInt();
            // Each row takes at least its three lengths and a digest: a damaged count must not size the table.
            if (written < 0 || written > size / (12 + OutputTable.DIGEST)) throw new IOException("bad count of files");
            OutputTable.Builder outputs = new OutputTable.Builder(written);
            // Each row's digests pass through two arrays into the table's: a large archive has half a million rows.
            byte[] key = new byte[OutputTable.DIGEST];
            byte[] content = new byte[OutputTable.DIGEST];
            for (int n = 0; n < written; n++) {
                String path = in.text();
                boolean keyed = in.digest(key, true);
                in.digest(content, false);
                outputs.add(path, keyed ? key : null, content);
            }
            if (in.checksum() != in.readUncheckedLong() || in.readUncheckedLong() != start || !in.atEnd()) {
                return Optional.empty();
            }
            if (delta != null) {
                for (int i = 0; i < delta.rows().size(); i++) outputs.replace(delta.rowNumbers()[i], delta.rows().get(i));
            }
            return Optional.of(outputs.buildIndexed());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes the cache to a file and forces it to disk, so that a journal naming it can rely on it. Maps are written
     * in their own order, which a build fills in file name order and a read keeps: sorting hundreds of thousands
     * of keys was a visible part of an incremental build.
     *
     * <p>The second half of the articles and the table of files are written to a scratch file beside it on a second
     * thread and then appended by the kernel: the head, the first half of the articles, and the rest each took
     * about a third of the time, and a buffer of them in memory would add tens of megabytes to a large build's peak.
     */
    void write(Path file, Workers workers) throws IOException {
        Path rest = file.resolveSibling(file.getFileName() + ".rest");
        try {
            List<CachedArticle> all = new ArrayList<>(articles.values());
            int half = all.size() / 2;
            Workers.Both<Void, long[]> written = workers.both(() -> {
                writeFront(file, all.subList(0, half));
                return null;
            }, () -> writeRest(rest, all.subList(half, all.size())));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                 FileChannel from = FileChannel.open(rest)) {
                long start = channel.size() + written.second()[0];
                for (long at = 0, size = from.size(); at < size; ) at += from.transferTo(at, size - at, channel);
                ByteBuffer trailer = ByteBuffer.allocate(2 * Long.BYTES).putLong(written.second()[1]).putLong(start);
                for (trailer.flip(); trailer.hasRemaining(); ) channel.write(trailer);
                channel.force(true);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(rest);
        }
    }

    /**
     * The identity of a cache file that a delta is written against: its stat and the checksum and place of its
     * table of files, with which it ends. Writing the file again changes it.
     */
    static byte[] fileIdentity(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        byte[] trailer = new byte[2 * Long.BYTES];
        try (FileChannel channel = FileChannel.open(file)) {
            long at = channel.size() - trailer.length;
            if (at < 0) throw new IOException("too short for a cache: " + file);
            ByteBuffer buffer = ByteBuffer.wrap(trailer);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, at + buffer.position()) < 0) throw new EOFException(file.toString());
            }
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        return Digest.of("cache file").number(attributes.size()).text(String.valueOf(attributes.fileKey()))
                .number(modified.getEpochSecond()).number(modified.getNano()).bytes(trailer).done();
    }

    /**
     * What a delta holds besides this cache's own fields: the names of the seed files, the digests of the scans, the
     * ids of the articles and the rows of the table of files that differ from the cache file's. A seed file or scan
     * named but not in this cache is one the file has and this cache has not.
     */
    record DeltaKeys(Set<String> files, Set<String> scans, Set<String> ids, BitSet rows) {}

    /**
     * Writes what this cache changes of a cache file written before, and forces it to disk: its own small fields
     * and, of the seed files, scans, articles and table of files, only those named. A small rebuild of a large
     * archive so writes a few kilobytes instead of the whole cache.
     *
     * @param base the {@linkplain #fileIdentity identity} of the cache file it completes, which must have the same
     *             articles and the same paths in its table of files
     */
    void writeDelta(Path file, byte[] base, DeltaKeys keys) throws IOException {
        try (FileOutputStream stream = new FileOutputStream(file.toFile());
             CheckedOutput out = new CheckedOutput(stream)) {
            out.writeLong(DELTA_MAGIC);
            bytes(out, base);
            writeFields(out);
            out.writeInt(repeats.size());
            for (Map.Entry<String, Integer> repeat : repeats.entrySet()) {
                text(out, repeat.getKey());
                out.writeInt(repeat.getValue());
            }
            out.writeInt(keys.files().size());
            for (String name : sorted(keys.files())) {
                text(out, name);
                SeedFile seed = files.get(name);
                out.writeInt(seed == null ? 0 : 1);
                if (seed != null) seedFile(out, seed);
            }
            out.writeInt(keys.scans().size());
            for (String digest : sorted(keys.scans())) {
                text(out, digest);
                long[] fingerprints = scans.get(digest);
                out.writeInt(fingerprints == null ? 0 : 1);
                if (fingerprints != null) longs(out, fingerprints);
            }
            List<CachedArticle> named = new ArrayList<>();
            articles.forEach((id, article) -> {
                if (keys.ids().contains(id)) named.add(article);
            });
            articles(out, named);
            bytes(out, search);
            text(out, searchFile);
            bytes(out, common);
            out.writeInt(keys.rows().cardinality());
            for (int row = keys.rows().nextSetBit(0); row >= 0; row = keys.rows().nextSetBit(row + 1)) {
                Output output = outputs.row(row);
                out.writeInt(row);
                text(out, output.path());
                bytes(out, output.key());
                bytes(out, output.content());
            }
            out.writeUncheckedLong(out.checksum());
            out.flush();
            stream.getFD().sync();
        }
    }

    private static List<String> sorted(Set<String> values) {
        List<String> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    /**
     * A delta as {@link #writeDelta} wrote it.
     *
     * @param base       the identity of the cache file it completes
     * @param files      the seed files it changes, null for one the cache file has and the delta removes
     * @param scans      likewise the scans
     * @param rowNumbers the rows of that file's table of files that {@code rows} replace, in order
     */
    private record Delta(byte[] base, byte[] code, byte[] siteDigest, String marker, BuildReport report,
                         Map<String, Integer> repeats, Map<String, SeedFile> files, Map<String, long[]> scans,
                         List<CachedArticle> articles, byte[] search, String searchFile, byte[] common,
                         int[] rowNumbers, List<Output> rows) {
        /** Whether it was written against this cache file as it is now. */
        boolean completes(Path file) {
            try {
                return Arrays.equals(base, fileIdentity(file));
            } catch (IOException e) {
                return false;
            }
        }

        /** The cache file's head with this delta's fields, seed files and scans; those not read stay empty. */
        Head applyTo(Head head, Part part) {
            if (part != Part.BULK) {
                files.forEach((name, seed) -> {
                    if (seed == null) head.files().remove(name);
                    else head.files().put(name, seed);
                });
                scans.forEach((digest, fingerprints) -> {
                    if (fingerprints == null) head.scans().remove(digest);
                    else head.scans().put(digest, fingerprints);
                });
            }
            return new Head(code, siteDigest, marker, report, head.scans(),
                    part == Part.BULK ? head.repeats() : new LinkedHashMap<>(repeats), head.files());
        }

        DeltaKeys keys() {
            Set<String> ids = new HashSet<>();
            articles.forEach(article -> ids.add(article.summary().id()));
            BitSet numbers = new BitSet();
            for (int row : rowNumbers) numbers.set(row);
            return new DeltaKeys(new HashSet<>(files.keySet()), new HashSet<>(scans.keySet()), ids, numbers);
        }
    }

    /**
     * The seed files and scans a build records that differ from those of a previous build's cache, as the files and
     * scans of {@link DeltaKeys}: by name and by digest, those either has and the other has not, or has otherwise.
     */
    static DeltaKeys changedSeeds(BuildCache before, Map<String, SeedFile> files, Map<String, long[]> scans) {
        Set<String> changedFiles = new HashSet<>();
        files.forEach((name, seed) -> {
            SeedFile was = before.files.get(name);
            if (was == null || !was.sameStat(seed) || !Arrays.equals(was.digest(), seed.digest())) changedFiles.add(name);
        });
        before.files.keySet().forEach(name -> {
            if (!files.containsKey(name)) changedFiles.add(name);
        });
        // A scan is named by the digest of the bytes scanned, so the same digest has the same fingerprints.
        Set<String> changedScans = new HashSet<>();
        scans.keySet().forEach(digest -> {
            if (!before.scans.containsKey(digest)) changedScans.add(digest);
        });
        before.scans.keySet().forEach(digest -> {
            if (!scans.containsKey(digest)) changedScans.add(digest);
        });
        return new DeltaKeys(changedFiles, changedScans, new HashSet<>(), new BitSet());
    }

    /** What a delta holds, if it is readable and was written against the cache file. */
    static Optional<DeltaKeys> deltaKeys(Path file, Path delta) {
        return readDelta(delta).filter(d -> d.completes(file)).map(Delta::keys);
    }

    private static Optional<Delta> readDelta(Path file) {
        try (Input in = new Input(Files.newInputStream(file))) {
            if (in.readLong() != DELTA_MAGIC) return Optional.empty();
            byte[] base = in.bytes();
            byte[] code = in.bytes();
            if (!Arrays.equals(code, CodeVersion.digest())) return Optional.empty();
            byte[] siteDigest = in.bytes();
            String marker = in.text();
            BuildReport report = new BuildReport(in.readInt(), problems(in), problems(in));
            Map<String, Integer> repeats = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) repeats.put(in.text(), in.readInt());
            Map<String, SeedFile> files = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String name = in.text();
                files.put(name, in.readInt() == 0 ? null : seedFile(in));
            }
            Map<String, long[]> scans = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String digest = in.text();
                scans.put(digest, in.readInt() == 0 ? null : in.longs());
            }
            Map<String, CachedArticle> articles = new LinkedHashMap<>();
            articles(in, in.readInt(), articles);
            byte[] search = in.bytes();
            String searchFile = in.text();
            byte[] common = in.bytes();
            int count = in.readInt();
            if (count < 0) return Optional.empty();
            int[] numbers = new int[Math.min(count, 1 << 10)];
            List<Output> rows = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                if (i == numbers.length) numbers = Arrays.copyOf(numbers, Math.min(count, 2 * numbers.length));
                numbers[i] = in.readInt();
                rows.add(new Output(in.text(), in.bytes(), in.bytes()));
            }
            if (in.checksum() != in.readUncheckedLong() || !in.atEnd()) return Optional.empty();
            return Optional.of(new Delta(base, code, siteDigest, marker, report, repeats, files, scans,
                    List.copyOf(articles.values()), search, searchFile, common, numbers, rows));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The head and the first of the articles, each part followed by its checksum. */
    private void writeFront(Path file, List<CachedArticle> first) {
        try (CheckedOutput out = new CheckedOutput(new FileOutputStream(file.toFile()))) {
            out.writeLong(MAGIC);
            writeHead(out);
            articles(out, first);
            out.writeUncheckedLong(out.checksum());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields that open the head of the cache and of a delta. */
    private void writeFields(CheckedOutput out) throws IOException {
        bytes(out, code);
        bytes(out, siteDigest);
        text(out, marker);
        out.writeInt(report.built());
        problems(out, report.refused());
        problems(out, report.warnings());
    }

    /** The head after its magic number, its checksum, and the start of the next part's checksum. */
    private void writeHead(CheckedOutput out) throws IOException {
        writeFields(out);
        out.writeInt(scans.size());
        for (Map.Entry<String, long[]> scan : scans.entrySet()) {
            text(out, scan.getKey());
            longs(out, scan.getValue());
        }
        out.writeInt(repeats.size());
        for (Map.Entry<String, Integer> repeat : repeats.entrySet()) {
            text(out, repeat.getKey());
            out.writeInt(repeat.getValue());
        }
        out.writeInt(files.size());
        for (Map.Entry<String, SeedFile> seedFile : files.entrySet()) {
            text(out, seedFile.getKey());
            seedFile(out, seedFile.getValue());
        }
        long head = out.checksum();
        out.resetChecksum();
        out.writeLong(head);
    }

    /**
     * The rest of the articles, the last fields, and the table of files, to be appended to the front; returns where
     * in it the table starts and the table's checksum.
     */
    private long[] writeRest(Path file, List<CachedArticle> rest) {
        try (CheckedOutput out = new CheckedOutput(new FileOutputStream(file.toFile()))) {
            articles(out, rest);
            bytes(out, search);
            text(out, searchFile);
            bytes(out, common);
            out.writeUncheckedLong(out.checksum());
            out.resetChecksum();
            long start = out.size();
            out.writeInt(outputs.size());
            outputs.forEachRow((path, keyed, digests, keyAt, contentAt) -> {
                text(out, path);
                out.writeInt(keyed ? OutputTable.DIGEST : 0);
                if (keyed) out.write(digests, keyAt, OutputTable.DIGEST);
                out.writeInt(OutputTable.DIGEST);
                out.write(digests, contentAt, OutputTable.DIGEST);
            });
            return new long[] {start, out.checksum()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void articles(CheckedOutput out, List<CachedArticle> articles) throws IOException {
        out.writeInt(articles.size());
        for (CachedArticle a : articles) {
            bytes(out, a.key());
            bytes(out, a.markdown());
            summary(out, a.summary());
            bytes(out, a.counts());
        }
    }

    private static void summary(CheckedOutput out, ArticleSummary s) throws IOException {
        text(out, s.id());
        text(out, s.title());
        text(out, s.summary());
        text(out, s.publisher().orElse(null));
        out.writeInt(s.year().orElse(Integer.MIN_VALUE));
        // As a day number: parsing 100,000 dates back as text was a visible part of reading the cache.
        out.writeLong(s.date().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE));
        text(out, s.language());
        out.writeInt(s.topics().size());
        for (String topic : s.topics()) text(out, topic);
        text(out, s.attribution());
    }

    private static ArticleSummary summary(Input in) throws IOException {
        String id = in.text();
        String title = in.text();
        String summary = in.text();
        Optional<String> publisher = Optional.ofNullable(in.shared());
        int year = in.readInt();
        long day = in.readLong();
        Optional<LocalDate> date = day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day));
        String language = in.shared();
        List<String> topics = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) topics.add(in.shared());
        return new ArticleSummary(id, title, summary, publisher,
                year == Integer.MIN_VALUE ? Optional.empty() : Optional.of(year), date, language, topics, in.shared());
    }

    private static void seedFile(CheckedOutput out, SeedFile seed) throws IOException {
        out.writeLong(seed.size());
        out.writeLong(seed.modified());
        text(out, seed.fileKey());
        bytes(out, seed.digest());
    }

    private static SeedFile seedFile(Input in) throws IOException {
        return new SeedFile(in.readLong(), in.readLong(), in.text(), in.bytes());
    }

    private static void longs(CheckedOutput out, long[] values) throws IOException {
        out.writeInt(values.length);
        for (long value : values) out.writeLong(value);
    }

    private static void problems(CheckedOutput out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem p : problems) {
            text(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.column());
            text(out, p.message());
        }
    }

    private static List<Problem> problems(Input in) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) problems.add(new Problem(in.text(), in.readInt(), in.readInt(), in.text()));
        return problems;
    }

    private static void bytes(CheckedOutput out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    /** A string or null: null is written as length -1. */
    private static void text(CheckedOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        bytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A buffer of the cache's bytes with the checksum of those handed through it: the bytes before the position have
     * been read or written, and are summed lazily, a run at a time, when a checksum is asked for or the buffer is
     * refilled or emptied.
     */
    private abstract static class SummedBuffer {
        private final CRC32C crc = new CRC32C();
        final byte[] buffer = new byte[1 << 16];
        int position;
        /** How far into the buffer the checksum has summed: the bytes from there to the position are not yet in it. */
        int summed;

        /** The checksum of every byte handed through since the last {@linkplain #resetChecksum reset}. */
        long checksum() {
            sum();
            return crc.getValue();
        }

        /** Starts a new checksum at the next byte. */
        void resetChecksum() {
            sum();
            crc.reset();
        }

        /** Sums the bytes handed through since the checksum last did. */
        void sum() {
            crc.update(buffer, summed, position - summed);
            summed = position;
        }
    }

    /**
     * The cache's writer, {@link Input}'s counterpart: numbers and strings go into its own buffer, which is summed
     * into the checksum and written a buffer at a time (a data stream writes an int as four calls to its stream).
     */
    private static final class CheckedOutput extends SummedBuffer implements Closeable {
        private final OutputStream target;
        /** How many bytes have left the buffer for the target. */
        private long flushed;

        CheckedOutput(OutputStream target) {
            this.target = target;
        }

        /** Makes room for {@code count} bytes, at most the buffer's length. */
        private void room(int count) throws IOException {
            if (buffer.length - position >= count) return;
            sum();
            target.write(buffer, 0, position);
            flushed += position;
            position = 0;
            summed = 0;
        }

        /** Hands every byte written so far to the target. */
        void flush() throws IOException {
            sum();
            target.write(buffer, 0, position);
            flushed += position;
            position = 0;
            summed = 0;
        }

        /** How many bytes have been written so far. */
        long size() {
            return flushed + position;
        }

        void writeInt(int value) throws IOException {
            room(Integer.BYTES);
            for (int shift = 24; shift >= 0; shift -= 8) buffer[position++] = (byte) (value >>> shift);
        }

        void writeLong(long value) throws IOException {
            room(Long.BYTES);
            for (int shift = 56; shift >= 0; shift -= 8) buffer[position++] = (byte) (value >>> shift);
        }

        /** A number after a checksummed part, such as its checksum: written, but not summed. */
        void writeUncheckedLong(long value) throws IOException {
            sum();
            writeLong(value);
            summed = position;
        }

        void write(byte[] bytes) throws IOException {
            write(bytes, 0, bytes.length);
        }

        void write(byte[] bytes, int from, int length) throws IOException {
            for (int offset = from, end = from + length; offset < end; ) {
                room(1);
                int count = Math.min(end - offset, buffer.length - position);
                System.arraycopy(bytes, offset, buffer, position, count);
                position += count;
                offset += count;
            }
        }

        @Override
        public void close() throws IOException {
            try (target) {
                target.write(buffer, 0, position);
            }
        }
    }

    /**
     * The cache's reader. It reads numbers and strings out of its own buffer and sums the bytes it hands out into
     * its checksum a buffer at a time: a data stream over a checked stream summed each number's bytes one call (and,
     * for an int, four) at a time, which was a visible part of reading a large archive's millions of fields. Strings
     * are read through one scratch buffer instead of a new array each, and one copy is held of the strings many
     * articles share.
     */
    private static final class Input extends SummedBuffer implements Closeable {
        /** Longer strings and byte arrays are read in pieces, as a damaged length must not size a buffer. */
        private static final int SCRATCH_LIMIT = 1 << 16;
        private final InputStream source;
        private int limit;
        private byte[] scratch = new byte[256];
        /**
         * Publishers, languages, topics and credit lines, each shared by many articles: one copy each is a large
         * part of the cache's memory, and of the collector's work, that is not kept. Found by their bytes, in an
         * open-addressing table, so that a copy already held costs no string at all.
         */
        private byte[][] sharedBytes = new byte[1 << 10][];
        private String[] sharedTexts = new String[1 << 10];
        private int sharedCount;

        Input(InputStream source) {
            this.source = source;
        }

        /** Has at least {@code count} bytes, at most the buffer's length, ready in the buffer. */
        private void require(int count) throws IOException {
            if (limit - position >= count) return;
            sum();
            int left = limit - position;
            System.arraycopy(buffer, position, buffer, 0, left);
            position = 0;
            summed = 0;
            limit = left;
            while (limit < count) {
                int read = source.read(buffer, limit, buffer.length - limit);
                if (read < 0) throw new EOFException();
                limit += read;
            }
        }

        int readInt() throws IOException {
            require(Integer.BYTES);
            int value = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
                    | (buffer[position + 2] & 0xff) << 8 | buffer[position + 3] & 0xff;
            position += Integer.BYTES;
            return value;
        }

        long readLong() throws IOException {
            require(Long.BYTES);
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) value = value << 8 | buffer[position + i] & 0xff;
            position += Long.BYTES;
            return value;
        }

        /** A number written after a checksummed part, such as its checksum: read, but not summed. */
        long readUncheckedLong() throws IOException {
            sum();
            long value = readLong();
            summed = position;
            return value;
        }

        /** An array of numbers, its length first. */
        long[] longs() throws IOException {
            int length = readInt();
            if (length < 0) throw new IOException("negative length");
            // Grown a piece at a time, so that a damaged length fails at the end of the file, not sizing an array.
            long[] values = new long[Math.min(length, SCRATCH_LIMIT)];
            for (int i = 0; i < length; i++) {
                if (i == values.length) values = Arrays.copyOf(values, Math.min(length, 2 * values.length));
                values[i] = readLong();
            }
            return values;
        }

        /** A byte array, its length first. */
        byte[] bytes() throws IOException {
            int length = readInt();
            if (length < 0) throw new IOException("negative length");
            if (length <= SCRATCH_LIMIT) {
                byte[] value = new byte[length];
                readFully(value, 0, length);
                return value;
            }
            return readLarge(length);
        }

        /**
         * A digest written as a byte array, read into an array of a digest's length; returns false for an empty one,
         * if allowed.
         */
        boolean digest(byte[] into, boolean mayBeEmpty) throws IOException {
            int length = readInt();
            if (length == 0 && mayBeEmpty) return false;
            if (length != into.length) throw new IOException("not a digest");
            readFully(into, 0, length);
            return true;
        }

        private void readFully(byte[] into, int offset, int length) throws IOException {
            while (length > 0) {
                if (position == limit) require(1);
                int count = Math.min(length, limit - position);
                System.arraycopy(buffer, position, into, offset, count);
                position += count;
                offset += count;
                length -= count;
            }
        }

        /** Reads and drops a number of bytes, which still count towards the checksum. */
        void skip(long count) throws IOException {
            if (count < 0) throw new IOException("negative length");
            while (count > 0) {
                if (position == limit) require(1);
                int step = (int) Math.min(count, limit - position);
                position += step;
                count -= step;
            }
        }

        /** Whether every byte of the source has been read. */
        boolean atEnd() throws IOException {
            return position == limit && source.read() == -1;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        /** A string or null, as {@link BuildCache#text(CheckedOutput, String)} wrote it. */
        String text() throws IOException {
            int length = readInt();
            if (length == -1) return null;
            if (length > SCRATCH_LIMIT) return new String(readLarge(length), StandardCharsets.UTF_8);
            readScratch(length);
            return new String(scratch, 0, length, StandardCharsets.UTF_8);
        }

        /** As {@link #text()}, giving the same string object for every copy of the same text. */
        String shared() throws IOException {
            int length = readInt();
            if (length == -1) return null;
            byte[] bytes;
            if (length > SCRATCH_LIMIT) {
                bytes = readLarge(length);
            } else {
                readScratch(length);
                bytes = scratch;
            }
            int hash = 1;
            for (int i = 0; i < length; i++) hash = 31 * hash + bytes[i];
            int mask = sharedBytes.length - 1;
            int slot = (hash ^ hash >>> 16) & mask;
            for (byte[] held; (held = sharedBytes[slot]) != null; slot = (slot + 1) & mask) {
                if (Arrays.equals(held, 0, held.length, bytes, 0, length)) return sharedTexts[slot];
            }
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            sharedBytes[slot] = Arrays.copyOf(bytes, length);
            sharedTexts[slot] = text;
            if (++sharedCount * 2 > sharedBytes.length) growShared();
            return text;
        }

        private void growShared() {
            byte[][] oldBytes = sharedBytes;
            String[] oldTexts = sharedTexts;
            sharedBytes = new byte[oldBytes.length * 2][];
            sharedTexts = new String[oldBytes.length * 2];
            int mask = sharedBytes.length - 1;
            for (int i = 0; i < oldBytes.length; i++) {
                byte[] held = oldBytes[i];
                if (held == null) continue;
                int hash = 1;
                for (byte b : held) hash = 31 * hash + b;
                int slot = (hash ^ hash >>> 16) & mask;
                while (sharedBytes[slot] != null) slot = (slot + 1) & mask;
                sharedBytes[slot] = held;
                sharedTexts[slot] = oldTexts[i];
            }
        }

        /** Reads a string's bytes into the scratch buffer. */
        private void readScratch(int length) throws IOException {
            if (length < 0) throw new IOException("negative length");
            if (length > scratch.length) scratch = new byte[Math.max(length, 2 * scratch.length)];
            readFully(scratch, 0, length);
        }

        /**
         * Reads the bytes of a string or array longer than the scratch buffer into an array of their own, a piece at a
         * time, as a damaged length must not size a buffer.
         */
        private byte[] readLarge(int length) throws IOException {
            byte[] value = new byte[SCRATCH_LIMIT];
            for (int read = 0; read < length; ) {
                if (read == value.length) value = Arrays.copyOf(value, (int) Math.min(length, 2L * value.length));
                int count = Math.min(length - read, value.length - read);
                readFully(value, read, count);
                read += count;
            }
            return value;
        }
    }
}
