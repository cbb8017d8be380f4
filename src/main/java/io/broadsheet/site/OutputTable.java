package io.broadsheet.site;

import io.broadsheet.site.BuildCache.Output;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Every file of the site one build wrote, sorted by path: the key each was made from, if any, and the SHA-256 of its
 * bytes. Immutable.
 *
 * <p>A large archive's site has hundreds of thousands of files, and an incremental build holds the previous build's
 * table for the whole build. Rows are packed in arrays (a path and 65 bytes each) instead of a map of records, which
 * cost twice as much and made this table the largest part of an incremental build's memory.
 */
final class OutputTable {
    /** Length of every digest: SHA-256. */
    static final int DIGEST = 32;
    /** A table without files, for clean builds. */
    static final OutputTable EMPTY = new Builder(0).build();

    private final String[] paths;
    /** For each row, its key (zeros where it has none) then its content digest. */
    private final byte[] digests;
    private final boolean[] keyed;
    /**
     * Row + 1 by the hash of its path, open addressing, or null where rows are found by binary search: an
     * incremental build looks up every article's files in the previous build's table, half a million searches of
     * twenty path comparisons each at 100,000 articles.
     */
    private final int[] index;

    private OutputTable(String[] paths, byte[] digests, boolean[] keyed, boolean indexed) {
        this.paths = paths;
        this.digests = digests;
        this.keyed = keyed;
        this.index = indexed ? index(paths) : null;
    }

    private static int[] index(String[] paths) {
        int[] index = new int[Integer.highestOneBit(Math.max(1, paths.length) * 2 + 1) * 2];
        int mask = index.length - 1;
        for (int row = 0; row < paths.length; row++) {
            int slot = slot(paths[row], mask);
            while (index[slot] != 0) slot = (slot + 1) & mask;
            index[slot] = row + 1;
        }
        return index;
    }

    private static int slot(String path, int mask) {
        return slot(path.hashCode(), mask);
    }

    private static int slot(int hash, int mask) {
        return (hash ^ hash >>> 16) & mask;
    }

    /** How many files. */
    int size() {
        return paths.length;
    }

    /** The row of a path, or a negative number if the table has no such file. */
    int rowOf(String path) {
        Objects.requireNonNull(path, "path");
        if (index == null) return Arrays.binarySearch(paths, path);
        int mask = index.length - 1;
        for (int slot = slot(path, mask); index[slot] != 0; slot = (slot + 1) & mask) {
            if (paths[index[slot] - 1].equals(path)) return index[slot] - 1;
        }
        return -1;
    }

    /**
     * The row of the path {@code prefix + middle + suffix}, or a negative number if the table has no such file: as
     * {@link #rowOf(String)}, without making the path. A small rebuild of a large archive looks up every article's
     * files: half a million paths made only to be looked up, each hashed afresh.
     */
    int rowOf(String prefix, String middle, String suffix) {
        if (index == null) return rowOf(prefix + middle + suffix);
        // String.hashCode of a concatenation, from the parts' own (cached) hashes.
        int hash = (prefix.hashCode() * powerOf31(middle.length()) + middle.hashCode()) * powerOf31(suffix.length())
                + suffix.hashCode();
        int length = prefix.length() + middle.length() + suffix.length();
        int mask = index.length - 1;
        for (int slot = slot(hash, mask); index[slot] != 0; slot = (slot + 1) & mask) {
            String path = paths[index[slot] - 1];
            if (path.length() == length && path.startsWith(prefix) && path.startsWith(middle, prefix.length())
                    && path.endsWith(suffix)) {
                return index[slot] - 1;
            }
        }
        return -1;
    }

    /** 31 to a power, in the int arithmetic of {@link String#hashCode}. */
    private static int powerOf31(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) power *= 31;
        return power;
    }

    /** The file at a row. */
    Output row(int row) {
        byte[] key = keyed[row] ? Arrays.copyOfRange(digests, keyAt(row), contentAt(row)) : new byte[0];
        return new Output(paths[row], key, Arrays.copyOfRange(digests, contentAt(row), contentAt(row) + DIGEST));
    }

    /** The path at a row. */
    String path(int row) {
        return paths[row];
    }

    /** Whether the file at a row was made from a key. */
    boolean keyed(int row) {
        return keyed[row];
    }

    /** Whether the file at a row was made from this key. */
    boolean hasKey(int row, byte[] key) {
        return keyed[row] && key.length == DIGEST
                && Arrays.equals(digests, keyAt(row), contentAt(row), key, 0, DIGEST);
    }

    /** Whether the file at a row has bytes of this digest. */
    boolean hasContent(int row, byte[] content) {
        return content.length == DIGEST
                && Arrays.equals(digests, contentAt(row), contentAt(row) + DIGEST, content, 0, DIGEST);
    }

    /**
     * Hands every row, in order, to a writer, its digests as slices of one array: writing a large archive's half a
     * million rows as {@link Output} records made three objects per row.
     */
    void forEachRow(RowWriter writer) throws IOException {
        for (int row = 0; row < paths.length; row++) {
            writer.row(paths[row], keyed[row], digests, keyAt(row), contentAt(row));
        }
    }

    /** Takes the rows of a table; see {@link #forEachRow}. */
    @FunctionalInterface
    interface RowWriter {
        /**
         * @param keyAt     where its key is in {@code digests}, if it has one
         * @param contentAt where its content digest is in {@code digests}
         */
        void row(String path, boolean keyed, byte[] digests, int keyAt, int contentAt) throws IOException;
    }

    /**
     * The rows whose key or content differ from another table's row of the same place, or null if the two tables
     * do not have the same paths in the same places. Found by comparing the digests wholesale, not row by row: a
     * large archive's table has half a million rows, of which a small rebuild changes a few.
     */
    BitSet changedRows(OutputTable other) {
        if (paths.length != other.paths.length) return null;
        for (int row = 0; row < paths.length; row++) {
            // A table made from another shares its path strings.
            if (paths[row] != other.paths[row] && !paths[row].equals(other.paths[row])) return null;
        }
        BitSet changed = new BitSet();
        for (int at = 0; at < digests.length; ) {
            int mismatch = Arrays.mismatch(digests, at, digests.length, other.digests, at, digests.length);
            if (mismatch < 0) break;
            int row = (at + mismatch) / (2 * DIGEST);
            changed.set(row);
            at = keyAt(row + 1);
        }
        for (int at = 0; at < keyed.length; ) {
            int mismatch = Arrays.mismatch(keyed, at, keyed.length, other.keyed, at, keyed.length);
            if (mismatch < 0) break;
            changed.set(at + mismatch);
            at += mismatch + 1;
        }
        return changed;
    }

    /** The paths of the files made from this key, in order. */
    List<String> pathsWithKey(byte[] key) {
        List<String> found = new ArrayList<>();
        for (int row = 0; row < paths.length; row++) if (hasKey(row, key)) found.add(paths[row]);
        return found;
    }

    /** Where a row's key starts in the digests; its content digest follows it. */
    private static int keyAt(int row) {
        return row * 2 * DIGEST;
    }

    private static int contentAt(int row) {
        return keyAt(row) + DIGEST;
    }

    /** Makes a table from rows given in increasing path order. Not thread-safe. */
    static final class Builder {
        private final String[] paths;
        private final byte[] digests;
        private final boolean[] keyed;
        private int size;

        /** @param size how many rows will be added */
        Builder(int size) {
            if (size < 0 || size > Integer.MAX_VALUE / (2 * DIGEST)) {
                throw new IllegalArgumentException("bad size: " + size);
            }
            paths = new String[size];
            digests = new byte[size * 2 * DIGEST];
            keyed = new boolean[size];
        }

        /**
         * Adds the next row.
         *
         * @throws IllegalArgumentException if the path does not come after the previous row's, the key is neither
         *                                  empty nor a digest, the content is not a digest, or the table is full
         */
        Builder add(Output output) {
            if (output.key().length != 0 && output.key().length != DIGEST) {
                throw new IllegalArgumentException("not a digest: key of " + output.path());
            }
            return add(output.path(), output.key().length == 0 ? null : output.key(), output.content());
        }

        /**
         * Adds the next row from its parts, the digests copied.
         *
         * @param key its key, or null if it has none
         * @throws IllegalArgumentException as {@link #add(Output)}
         */
        Builder add(String path, byte[] key, byte[] content) {
            if (key != null && key.length != DIGEST) throw new IllegalArgumentException("not a digest: key of " + path);
            if (content.length != DIGEST) throw new IllegalArgumentException("not a digest: " + path);
            int row = append(path);
            keyed[row] = key != null;
            if (key != null) System.arraycopy(key, 0, digests, keyAt(row), DIGEST);
            System.arraycopy(content, 0, digests, contentAt(row), DIGEST);
            return this;
        }

        /**
         * Adds the next row, a row of another table as it is there: its path string is shared, its digests copied.
         *
         * @throws IllegalArgumentException if the path does not come after the previous row's, or the table is full
         */
        Builder add(OutputTable from, int fromRow) {
            int row = append(from.paths[fromRow]);
            keyed[row] = from.keyed[fromRow];
            System.arraycopy(from.digests, keyAt(fromRow), digests, keyAt(row), 2 * DIGEST);
            return this;
        }

        /**
         * Gives a row already added another key and content, as a later build recorded them.
         *
         * @throws IllegalArgumentException if there is no such row, it has another path, or a digest is not one
         */
        Builder replace(int row, Output output) {
            if (row < 0 || row >= size || !paths[row].equals(output.path())) {
                throw new IllegalArgumentException("no row " + row + " for " + output.path());
            }
            if (output.key().length != 0 && output.key().length != DIGEST || output.content().length != DIGEST) {
                throw new IllegalArgumentException("not a digest: " + output.path());
            }
            keyed[row] = output.key().length != 0;
            if (keyed[row]) {
                System.arraycopy(output.key(), 0, digests, keyAt(row), DIGEST);
            } else {
                Arrays.fill(digests, keyAt(row), contentAt(row), (byte) 0);
            }
            System.arraycopy(output.content(), 0, digests, contentAt(row), DIGEST);
            return this;
        }

        private int append(String path) {
            if (size == paths.length) throw new IllegalArgumentException("more rows than announced");
            Objects.requireNonNull(path, "path");
            if (size > 0 && paths[size - 1].compareTo(path) >= 0) {
                throw new IllegalArgumentException("paths out of order: " + path);
            }
            paths[size] = path;
            return size++;
        }

        /** The table; every announced row must have been added. */
        OutputTable build() {
            return build(false);
        }

        /** As {@link #build()}, with an index by path for a table that will be searched many times. */
        OutputTable buildIndexed() {
            return build(true);
        }

        private OutputTable build(boolean indexed) {
            if (size != paths.length) throw new IllegalStateException(size + " of " + paths.length + " rows added");
            return new OutputTable(paths, digests, keyed, indexed);
        }
    }
}
