package io.broadsheet.site;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index entries of the articles one build converts, kept in a scratch file of the cache folder between
 * the conversion and the writing of the index, instead of in memory: together they weigh a few kilobytes per
 * article, as much as everything else the build holds of an article. Only each entry's place in the file is held.
 * Thread-safe. The file is deleted on {@link #close}; one a killed build leaves behind is named like the
 * {@link SearchEntries} scratch files, which the {@link CacheFolder} removes.
 */
final class SpilledEntries implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    /** Each entry's offset in the file and length, by article id. */
    private final Map<String, long[]> places = new ConcurrentHashMap<>();
    private long end;

    /** A new, empty scratch file in a folder, which is made if need be. */
    SpilledEntries(Path folder) throws IOException {
        Files.createDirectories(folder);
        this.file = Files.createTempFile(folder, "search-spill", ".tmp");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /**
     * Keeps an article's entry.
     *
     * @throws IllegalArgumentException if the article has one already
     * @throws UncheckedIOException     if the file cannot be written
     */
    void add(String id, byte[] entry) {
        long offset;
        synchronized (this) {
            offset = end;
            end += entry.length;
        }
        if (places.putIfAbsent(id, new long[] {offset, entry.length}) != null) {
            throw new IllegalArgumentException("search entry kept twice for " + id);
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(entry);
            for (long at = offset; buffer.hasRemaining(); ) at += channel.write(buffer, at);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scratch file " + file, e);
        }
    }

    /** The articles whose entries were kept, in id order. */
    List<String> ids() {
        List<String> ids = new ArrayList<>(places.keySet());
        ids.sort(null);
        return ids;
    }

    /** Whether no entry was kept. */
    boolean isEmpty() {
        return places.isEmpty();
    }

    /** The entry kept for an article, or null if none was. */
    byte[] entry(String id) throws IOException {
        long[] place = places.get(id);
        if (place == null) return null;
        ByteBuffer buffer = ByteBuffer.allocate((int) place[1]);
        long at = place[0];
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) throw new EOFException("the scratch file " + file + " is cut short");
            at += read;
        }
        return buffer.array();
    }

    /** Deletes the file; may be called more than once. */
    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Not worth failing a build for: the next build's cache folder removes scratch files left behind.
        }
    }
}
