package io.broadsheet.search;

import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * All the search index needs of one article, worked out once: its folded words with their field weights and what a
 * result shows of it. Its reading text is not here: that is a file of its own ({@link SearchText}), written as the
 * article is, so that no build holds the text of the whole archive at once. It does not hold the article's place in the
 * archive, which shifts whenever a newer article arrives, so a build cache can keep an article's entry for as long as
 * the article is unchanged, as bytes ({@link #write}, {@link #read}), and hand it to
 * {@link IndexBuilder#add(int, IndexEntry)}.
 *
 * @param id        the article's id, which names its page and its text file in the index
 * @param title     its headline
 * @param summary   its summary, shortened to the snippet length: shown when its text has none of a query's words
 * @param publisher who published it, when known
 * @param year      the year it is listed under, when known
 * @param language  the BCP 47 tag of its text
 * @param length    its length in words (title, lede and body), by which BM25 scales a word's frequency; at least 1
 * @param words     each folded word of the article with its weight: its frequency in each field times the
 *                  field's weight, summed, sorted by word
 */
public record IndexEntry(String id, String title, String summary, Optional<String> publisher, Optional<Integer> year,
                         String language, int length, SortedMap<String, Integer> words) {
    /** Bumped whenever the meaning or layout of an entry changes, so that stored entries of an older build are refused. */
    public static final int FORMAT = 2;
    /** Ids are used as file names in the index, so they are held to the characters of article ids. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");

    public IndexEntry {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) throw new IllegalArgumentException("bad article id: " + id);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(language, "language");
        if (length < 1) throw new IllegalArgumentException("length must be at least 1: " + length);
        TreeMap<String, Integer> copy = new TreeMap<>(words);
        copy.forEach((word, weight) -> {
            if (word.isEmpty() || weight == null || weight < 1) {
                throw new IllegalArgumentException("bad word or weight: " + word + "=" + weight);
            }
        });
        words = Collections.unmodifiableSortedMap(copy);
    }

    /** Writes the entry compactly: words share their prefix with the previous word, numbers are variable-length. */
    public void write(DataOutput out) throws IOException {
        writeNumber(out, FORMAT);
        writeString(out, id);
        writeString(out, title);
        writeString(out, summary);
        writeString(out, publisher.orElse(""));
        out.writeBoolean(publisher.isPresent());
        out.writeBoolean(year.isPresent());
        if (year.isPresent()) out.writeInt(year.get());
        writeString(out, language);
        writeNumber(out, length);
        writeNumber(out, words.size());
        String previous = "";
        for (Map.Entry<String, Integer> word : words.entrySet()) {
            int shared = sharedPrefix(previous, word.getKey());
            writeNumber(out, shared);
            writeString(out, word.getKey().substring(shared));
            writeNumber(out, word.getValue());
            previous = word.getKey();
        }
    }

    /** The entry as bytes, as {@link #write} writes it. */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(new DataOutputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to be written", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The entry {@link #toBytes} gave.
     *
     * @throws UncheckedIOException if the bytes are not a whole entry of this {@link #FORMAT}: they were
     *                              checked when stored, so this is a bug or damage, not a user's error
     */
    public static IndexEntry fromBytes(byte[] bytes) {
        return decode(bytes).entry();
    }

    /**
     * Reads an entry written by {@link #write}.
     *
     * @throws IOException if the bytes end early, are not an entry, or were written in another {@link #FORMAT}
     */
    public static IndexEntry read(DataInput in) throws IOException {
        return decode(in).entry();
    }

    /**
     * The fields of an entry read from its bytes, its words in two arrays instead of a sorted map: a rebuild of the
     * index reads every article's entry, and building a map of each was most of its time.
     *
     * @param publisher null when not known
     * @param year      null when not known
     * @param words     its words in increasing order, each once
     * @param weights   each word's weight, at least 1
     */
    record Decoded(String id, String title, String summary, String publisher, Integer year, String language,
                   int length, String[] words, int[] weights) {
        IndexEntry entry() {
            TreeMap<String, Integer> map = new TreeMap<>();
            for (int i = 0; i < words.length; i++) map.put(words[i], weights[i]);
            return new IndexEntry(id, title, summary, Optional.ofNullable(publisher), Optional.ofNullable(year),
                    language, length, map);
        }
    }

    /**
     * As {@link #fromBytes}, without building the entry.
     *
     * @throws UncheckedIOException as {@link #fromBytes}
     */
    static Decoded decode(byte[] bytes) {
        try {
            BytesInput stream = new BytesInput(bytes);
            Decoded decoded = decode(new DataInputStream(stream));
            if (stream.read() != -1) throw new IOException("bytes after the entry");
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Decoded decode(DataInput in) throws IOException {
        int format = readNumber(in);
        if (format != FORMAT) throw new IOException("index entry of format " + format + ", not " + FORMAT);
        String id = readString(in);
        if (!ID.matcher(id).matches()) throw new IOException("not an index entry: bad article id: " + id);
        String title = readString(in);
        String summary = readString(in);
        String publisherName = readString(in);
        String publisher = in.readBoolean() ? publisherName : null;
        Integer year = in.readBoolean() ? in.readInt() : null;
        String language = readString(in);
        int length = readNumber(in);
        if (length < 1) throw new IOException("not an index entry: length " + length);
        int count = readNumber(in);
        if (count > 1 << 24) throw new IOException("too many words: " + count);
        String[] words = new String[count];
        int[] weights = new int[count];
        String previous = "";
        for (int i = 0; i < count; i++) {
            int shared = readNumber(in);
            if (shared > previous.length()) throw new IOException("bad shared prefix " + shared);
            String word = previous.substring(0, shared) + readString(in);
            // Increasing order is what makes the arrays the sorted map a constructed entry holds.
            if (word.compareTo(previous) <= 0) throw new IOException("words out of order: " + word);
            int weight = readNumber(in);
            if (weight < 1) throw new IOException("bad weight of " + word + ": " + weight);
            words[i] = word;
            weights[i] = weight;
            previous = word;
        }
        return new Decoded(id, title, summary, publisher, year, language, length, words, weights);
    }

    /**
     * A byte array as a stream, unlike {@link java.io.ByteArrayInputStream} without a lock taken for every byte.
     */
    private static final class BytesInput extends InputStream {
        private final byte[] bytes;
        private int position;

        BytesInput(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) return 0;
            if (position >= bytes.length) return -1;
            int n = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, n);
            position += n;
            return n;
        }
    }

    private static int sharedPrefix(String a, String b) {
        int n = 0;
        int max = Math.min(a.length(), b.length());
        while (n < max && a.charAt(n) == b.charAt(n)) n++;
        // Never split a surrogate pair, so that each part is well-formed UTF-16 and survives UTF-8.
        if (n > 0 && n < b.length() && Character.isHighSurrogate(b.charAt(n - 1))) n--;
        return n;
    }

    private static void writeString(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeNumber(out, bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInput in) throws IOException {
        int length = readNumber(in);
        if (length > 1 << 26) throw new IOException("string too long: " + length);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Seven bits a byte, least significant first; the high bit says more follow. */
    private static void writeNumber(DataOutput out, int value) throws IOException {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        while (value >= 0x80) {
            out.writeByte(value & 0x7f | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readNumber(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7f) << shift;
            if (b < 0x80) {
                if (value < 0) throw new IOException("number out of range");
                return value;
            }
        }
        throw new IOException("number too long");
    }
}
