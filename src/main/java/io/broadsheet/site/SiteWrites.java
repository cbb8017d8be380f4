package io.broadsheet.site;

import io.broadsheet.site.BuildCache.Output;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every file one build makes, checked against what the previous build recorded: a file whose key is unchanged is
 * not made again, and a file made again with the same bytes is not written again. What is left is written to the
 * {@link SiteTarget}. Thread-safe.
 */
final class SiteWrites {
    private static final byte[] NO_KEY = new byte[0];

    private final BuildCache previous;
    private final SiteTarget target;
    /** Sorted as it fills, so that the cache takes it without a sorted copy beside it: it has an entry per file. */
    private final SortedMap<String, Output> outputs = new ConcurrentSkipListMap<>();
    private final AtomicInteger remade = new AtomicInteger();
    private final AtomicInteger written = new AtomicInteger();

    /**
     * @param previous what the previous build wrote, or {@link BuildCache#EMPTY} to make and write every file
     * @param target   where changed files go
     */
    SiteWrites(BuildCache previous, SiteTarget target) {
        this.previous = previous;
        this.target = target;
    }

    /**
     * Whether the previous build wrote this file from inputs with the same key; if so the file is kept as it is
     * and need not be made.
     */
    boolean unchanged(String path, byte[] key) {
        Output before = previous.outputs().get(path);
        if (before == null || key.length == 0 || !Arrays.equals(before.key(), key)) return false;
        outputs.put(before.path(), before);
        return true;
    }

    /**
     * Keeps the file the previous build made from a key, when the caller knows that key is still the file's; false
     * if the previous build made no such file.
     */
    boolean kept(String path) {
        Output before = previous.outputs().get(path);
        if (before == null || before.key().length == 0) return false;
        outputs.put(before.path(), before);
        return true;
    }

    /** A file made from inputs with the given key; written unless the previous build wrote the same bytes. */
    void put(String path, byte[] key, byte[] content) {
        byte[] digest = Digest.content(content);
        if (key.length > 0) remade.incrementAndGet();
        Output before = previous.outputs().get(path);
        if (before == null || !Arrays.equals(before.content(), digest)) {
            target.write(path, content);
            written.incrementAndGet();
        }
        outputs.put(path, new Output(path, key, digest));
    }

    /** A file that is cheap to make, so it is made every build and compared by its bytes alone. */
    void put(String path, byte[] content) {
        put(path, NO_KEY, content);
    }

    /** A file of the site as this build leaves it. */
    byte[] read(String path) {
        return target.read(path);
    }

    /** Every file of the site this build made or kept, by path: a view, to be read once every file is put. */
    SortedMap<String, Output> outputs() {
        return Collections.unmodifiableSortedMap(outputs);
    }

    /** The files the previous build wrote that this one did not: the pages of removed articles and the like. */
    List<String> removed() {
        return previous.outputs().keySet().stream().filter(path -> !outputs.containsKey(path)).toList();
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
