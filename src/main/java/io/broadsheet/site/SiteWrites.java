package io.broadsheet.site;

import io.broadsheet.site.BuildCache.Output;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file one build makes, checked against what the previous build recorded: a file whose key is unchanged is
 * not made again, and a file made again with the same bytes is not written again. What is left is written to the
 * {@link SiteTarget}. Thread-safe.
 *
 * <p>A file kept from the previous build is only marked in that build's table, not recorded again: an incremental
 * build keeps nearly every file, and a second table of them beside the first was a large part of its memory.
 */
final class SiteWrites {
    private static final byte[] NO_KEY = new byte[0];

    private final OutputTable previous;
    private final SiteTarget target;
    /**
     * One flag per row of the previous table, set when this build keeps that file. Each row is set by at most one
     * thread, and read only once the stages' threads have been joined.
     */
    private final boolean[] kept;
    /** The files this build made, sorted as it fills. */
    private final Map<String, Output> made = new ConcurrentSkipListMap<>();
    private final AtomicInteger remade = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    /**
     * @param previous what the previous build wrote, or {@link OutputTable#EMPTY} to make and write every file
     * @param target   where changed files go
     */
    SiteWrites(OutputTable previous, SiteTarget target) {
        this.previous = previous;
        this.target = target;
        this.kept = new boolean[previous.size()];
    }

    /**
     * Whether the previous build wrote this file from inputs with the same key; if so the file is kept as it is
     * and need not be made.
     */
    boolean unchanged(String path, byte[] key) {
        return unchanged(previous.rowOf(path), key);
    }

    /** As {@link #unchanged(String, byte[])} for the path {@code prefix + middle + suffix}, without making it. */
    boolean unchanged(String prefix, String middle, String suffix, byte[] key) {
        return unchanged(previous.rowOf(prefix, middle, suffix), key);
    }

    private boolean unchanged(int row, byte[] key) {
        if (row < 0 || !previous.hasKey(row, key)) return false;
        kept[row] = true;
        return true;
    }

    /**
     * Keeps every file the previous build made from a key (a set of files made together, as the search index or
     * the sitemap): true if it made at least one and each is {@linkplain #unchanged unchanged}, false if they are
     * to be made again.
     */
    boolean unchangedAll(byte[] key) {
        List<String> paths = previous.pathsWithKey(key);
        return !paths.isEmpty() && paths.stream().allMatch(path -> unchanged(path, key));
    }

    /**
     * Keeps the file the previous build made from a key, when the caller knows that key is still the file's; false
     * if the previous build made no such file.
     */
    boolean kept(String path) {
        return kept(previous.rowOf(path));
    }

    /** As {@link #kept(String)} for the path {@code prefix + middle + suffix}, without making it. */
    boolean kept(String prefix, String middle, String suffix) {
        return kept(previous.rowOf(prefix, middle, suffix));
    }

    private boolean kept(int row) {
        if (row < 0 || !previous.keyed(row)) return false;
        kept[row] = true;
        return true;
    }

    /** A file made from inputs with the given key; written unless the previous build wrote the same bytes. */
    void put(String path, byte[] key, byte[] content) {
        byte[] digest = Digest.content(content);
        if (key.length > 0) remade.incrementAndGet();
        int row = previous.rowOf(path);
        if (row < 0 || !previous.hasContent(row, digest)) {
            target.write(path, content);
            written.incrementAndGet();
        }
        made.put(path, new Output(row < 0 ? path : previous.path(row), key, digest));
    }

    /**
     * Keeps a file of the previous build as it is, recorded as made from a new key: a file an update left alone
     * among files that were remade from that key.
     *
     * @return false if the previous build made no such file
     */
    boolean keepAs(String path, byte[] key) {
        int row = previous.rowOf(path);
        if (row < 0) return false;
        Output old = previous.row(row);
        made.put(old.path(), new Output(old.path(), key, old.content()));
        return true;
    }

    /**
     * The bytes of a file as the previous build wrote it, or null if it made no such file or the file no longer
     * holds those bytes (changed or removed since): what is read back is never taken on trust.
     */
    byte[] previousFile(String path) {
        int row = previous.rowOf(path);
        if (row < 0) return null;
        byte[] bytes;
        try {
            bytes = target.readPublished(path);
        } catch (UncheckedIOException e) {
            return null;
        }
        return bytes != null && previous.hasContent(row, Digest.content(bytes)) ? bytes : null;
    }

    /** A file that is cheap to make, so it is made every build and compared by its bytes alone. */
    void put(String path, byte[] content) {
        put(path, NO_KEY, content);
    }

    /** A file of the site as this build leaves it. */
    byte[] read(String path) {
        return target.read(path);
    }

    /**
     * Every file of the site this build made or kept: to be called once, when every file is put. Kept files keep
     * the previous build's path strings.
     */
    OutputTable outputs() {
        BitSet remadeRows = remadeRows();
        int count = made.size();
        for (int row = 0; row < previous.size(); row++) if (keeps(row, remadeRows)) count++;
        OutputTable.Builder table = new OutputTable.Builder(count);
        Iterator<Output> fresh = made.values().iterator();
        Output next = fresh.hasNext() ? fresh.next() : null;
        for (int row = 0; row < previous.size(); row++) {
            if (!keeps(row, remadeRows)) continue;
            while (next != null && next.path().compareTo(previous.path(row)) < 0) {
                table.add(next);
                next = fresh.hasNext() ? fresh.next() : null;
            }
            table.add(previous, row);
        }
        while (next != null) {
            table.add(next);
            next = fresh.hasNext() ? fresh.next() : null;
        }
        return table.build();
    }

    /**
     * The rows of the previous table whose files this build made again: looked up from the few files made, not
     * from each of the hundreds of thousands kept.
     */
    private BitSet remadeRows() {
        BitSet rows = new BitSet(previous.size());
        for (String path : made.keySet()) {
            int row = previous.rowOf(path);
            if (row >= 0) rows.set(row);
        }
        return rows;
    }

    /** Whether the file at a row of the previous table is kept as it is; a file made again is not. */
    private boolean keeps(int row, BitSet remadeRows) {
        return kept[row] && !remadeRows.get(row);
    }

    /** The files the previous build wrote that this one did not: the pages of removed articles and the like. */
    List<String> removed() {
        BitSet remadeRows = remadeRows();
        List<String> removed = new ArrayList<>();
        for (int row = 0; row < previous.size(); row++) {
            if (!kept[row] && !remadeRows.get(row)) removed.add(previous.path(row));
        }
        return removed;
    }

    /** How many keyed files (pages, Markdown) were made afresh. */
    int remade() {
        return remade.get();
    }

    /** How many files were written. */
    int written() {
        return written.get();
    }
}
