package io.broadsheet.site;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The file of the build cache that holds every article's search index entry
 * ({@link io.broadsheet.search.IndexEntry#toBytes}), by article id in code point order.
 *
 * <p>It is the bulk of the cache (a few kilobytes per article), and is needed only when the search index is
 * remade, so it is kept apart from {@code cache.bin}, never loaded whole, and read and written as a stream. A file
 * is never changed once named, and a new file never takes the name of one in the folder, so the previous cache
 * stays valid until the new one replaces it. Its name holds the CRC-32 of its bytes, so that a damaged file is found
 * when it is read through. CRC-32 rather than SHA-256 because the file is read through whenever the index is remade
 * (a few hundred megabytes at 100,000 articles) and the JVM's quick compiler, which rebuilds are run with, computes
 * CRC-32 with the processor's instructions and SHA-256 without them; what is guarded against is damage, not an
 * adversary, as the cache is the user's own.
 *
 * <p>A build that changes a few entries of the same articles writes only those, in a second, small file (a
 * <em>delta</em>) whose entries stand in for the first one's; the cache names both as one {@linkplain #set set}, so
 * that an edit does not rewrite every article's entry.
 */
final class SearchEntries {
    private static final String PREFIX = "search-";
    private static final String SUFFIX = ".bin";
    /** Between the two names of a set: a character no file name of these has. */
    private static final String SEPARATOR = "+";
    /** Between a name's checksum and the number that tells it from another file's with the same checksum. */
    private static final String NUMBER = "-";

    private SearchEntries() {}

    /** Whether a file name is one of these files, so that files no cache names can be removed. */
    static boolean isName(String fileName) {
        return fileName.startsWith(PREFIX) && fileName.endsWith(SUFFIX);
    }

    /** A set of a file of every entry and a file of the entries standing in for some of them. */
    static String set(String base, String delta) {
        return base + SEPARATOR + delta;
    }

    /** The names of the files of a set, the first holding every entry. */
    static List<String> files(String set) {
        return List.of(set.split(java.util.regex.Pattern.quote(SEPARATOR), -1));
    }

    /** Writes entries, in increasing id order, to a new file of a folder; its name is known once it is closed. */
    static final class Writer implements Closeable {
        private final Path folder;
        private final Path temporary;
        private final FileOutputStream raw;
        private final CRC32 crc = new CRC32();
        private final DataOutputStream out;
        private String last;
        private String name;

        Writer(Path folder) throws IOException {
            this.folder = folder;
            Files.createDirectories(folder);
            this.temporary = Files.createTempFile(folder, "search", ".tmp");
            this.raw = new FileOutputStream(temporary.toFile());
            // Buffered before the checksum, so that it sums blocks, not each byte of every number.
            this.out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
        }

        void add(String id, byte[] entry) throws IOException {
            if (last != null && last.compareTo(id) >= 0) throw new IllegalArgumentException("ids out of order: " + id);
            last = id;
            out.writeUTF(id);
            out.writeInt(entry.length);
            out.write(entry);
        }

        /**
         * Forces the file to disk and names it by its checksum, followed by a number if a file of the folder has that
         * name already (the same entries, or others with the same checksum); returns that name.
         */
        String finish() throws IOException {
            out.flush();
            raw.getFD().sync();
            out.close();
            String named = namedFor(crc.getValue());
            String candidate = named + SUFFIX;
            for (int n = 1; Files.exists(folder.resolve(candidate), LinkOption.NOFOLLOW_LINKS); n++) {
                candidate = named + NUMBER + n + SUFFIX;
            }
            // Only one build of a site runs at a time (the cache folder's lock), so the name is still free.
            Files.move(temporary, folder.resolve(candidate), StandardCopyOption.ATOMIC_MOVE);
            name = candidate;
            return name;
        }

        /** Removes the file unless it was finished. */
        @Override
        public void close() throws IOException {
            if (name == null) {
                out.close();
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Reads a set's entries in order, looking each up by id; the ids asked for must increase. The files' digests are
     * checked by {@link #finish}, which reads the rest of them.
     */
    static final class Reader implements Closeable {
        private final File base;
        private final File delta;

        Reader(Path folder, String set) throws IOException {
            List<String> names = files(set);
            if (names.size() > 2) throw new IOException("not a set of search entries: " + set);
            this.base = new File(folder, names.get(0));
            try {
                this.delta = names.size() == 2 ? new File(folder, names.get(1)) : null;
            } catch (IOException e) {
                base.close();
                throw e;
            }
        }

        /** The entry of an article, skipping those of lower ids. */
        byte[] entry(String wanted) throws IOException {
            byte[] entry = delta == null ? null : delta.find(wanted);
            if (entry == null) entry = base.find(wanted);
            if (entry == null) throw new IOException("the build cache has no search entry for " + wanted);
            return entry;
        }

        /** Reads the rest of the files and checks their digests, so that damage is never taken for data. */
        void finish() throws IOException {
            base.finish();
            if (delta != null) delta.finish();
        }

        @Override
        public void close() throws IOException {
            try {
                base.close();
            } finally {
                if (delta != null) delta.close();
            }
        }
    }

    /**
     * The entries of a set's second file, which stand in for the first's, by id, its digest checked; none if the set
     * has one file. A delta is small: a build that would make it large writes every entry afresh instead.
     */
    static SortedMap<String, byte[]> replacements(Path folder, String set) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        List<String> names = files(set);
        if (names.size() < 2) return entries;
        try (File delta = new File(folder, names.get(1))) {
            while (delta.next()) entries.put(delta.id, delta.entry);
            delta.finish();
        }
        return entries;
    }

    /** One file of entries, read in order. */
    private static final class File implements Closeable {
        private final String name;
        private final CRC32 crc = new CRC32();
        private final DataInputStream in;
        private String id;
        private byte[] entry;

        File(Path folder, String name) throws IOException {
            this.name = name;
            this.in = new DataInputStream(new CheckedInputStream(
                    new BufferedInputStream(Files.newInputStream(folder.resolve(name)), 1 << 16), crc));
        }

        /** The entry of an article, or null if the file has none; skips those of lower ids. */
        byte[] find(String wanted) throws IOException {
            while (id == null || id.compareTo(wanted) < 0) {
                if (!next()) break;
            }
            return wanted.equals(id) ? entry : null;
        }

        boolean next() throws IOException {
            try {
                id = in.readUTF();
            } catch (EOFException e) {
                id = null;
                return false;
            }
            int length = in.readInt();
            if (length < 0) throw new IOException("negative length in " + name);
            entry = in.readNBytes(length);
            if (entry.length != length) throw new EOFException(name);
            return true;
        }

        void finish() throws IOException {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            if (!isNamedFor(name, crc.getValue())) throw new IOException("the build cache's " + name + " is damaged");
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The start of the name of a file with this checksum. */
    private static String namedFor(long checksum) {
        return PREFIX + String.format("%08x", checksum);
    }

    /** Whether a name is one {@link Writer#finish} gives a file with this checksum. */
    private static boolean isNamedFor(String name, long checksum) {
        String named = namedFor(checksum);
        if (name.equals(named + SUFFIX)) return true;
        if (!name.startsWith(named + NUMBER) || !name.endsWith(SUFFIX)) return false;
        String number = name.substring(named.length() + NUMBER.length(), name.length() - SUFFIX.length());
        return !number.isEmpty() && number.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
