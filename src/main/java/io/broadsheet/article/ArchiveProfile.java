package io.broadsheet.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the whole archive shows about its paragraphs, for signals no single page gives: how many dumps each
 * normalised paragraph text occurs in. It depends only on the set of dumps, never on the order they were read.
 *
 * <p>Texts are kept as 64-bit fingerprints, not as strings, so that the profile of a large archive stays small and
 * can be built one dump at a time ({@link Builder}) without holding the dumps. The fingerprints are cut from
 * SHA-256, so two texts share one only by chance (about one in 10<sup>7</sup> for an archive of three million
 * distinct paragraphs), never because a dump was written to make them.
 */
public final class ArchiveProfile {
    /** A profile of an archive of one dump, which gives no cross-dump signal. */
    public static final ArchiveProfile EMPTY = new ArchiveProfile(new long[0], new int[0]);

    /** Paragraphs shorter than this are too generic ("Kontakt") to say anything about a site's furniture. */
    private static final int MIN_LENGTH = 12;

    /** Distinct fingerprints in ascending order, and beside each the number of dumps holding its text. */
    private final long[] fingerprints;
    private final int[] dumps;
    /**
     * For a profile counted for some fingerprints only ({@link Builder#buildFor}), the whole profile, made the
     * first time another fingerprint is asked about; null for a whole profile.
     */
    private final Whole whole;

    private ArchiveProfile(long[] fingerprints, int[] dumps) {
        this(fingerprints, dumps, null);
    }

    private ArchiveProfile(long[] fingerprints, int[] dumps, Whole whole) {
        this.fingerprints = fingerprints;
        this.dumps = dumps;
        this.whole = whole;
    }

    /** The profile of an archive, given every dump's raw paragraphs. */
    public static ArchiveProfile of(Collection<List<String>> dumps) {
        Objects.requireNonNull(dumps, "dumps");
        Builder builder = new Builder();
        for (List<String> dump : dumps) builder.add(fingerprints(dump));
        return builder.build();
    }

    /**
     * What the profile needs of one dump: the fingerprints of its paragraphs' normalised texts that are long enough
     * to count, each once: first that of its {@linkplain PageCounts anchor}, then the others in ascending order.
     * Pure and thread-safe, so dumps can be fingerprinted in parallel.
     *
     * @param rawParagraphs the dump's strings, untrusted HTML
     */
    public static long[] fingerprints(List<String> rawParagraphs) {
        Objects.requireNonNull(rawParagraphs, "rawParagraphs");
        MessageDigest sha256 = sha256();
        long[] out = new long[rawParagraphs.size()];
        int n = 0;
        long anchor = 0;
        Longest longest = new Longest();
        for (String raw : NestedParagraphs.unnest(rawParagraphs)) {
            // Normalising makes any run of spaces and punctuation one space, so for a paragraph without markup
            // the text the page shows and the paragraph itself give the same key, and jsoup need not be asked.
            String key = normalise(HtmlSanitizer.isPlainText(raw) ? HtmlSanitizer.plainText(raw)
                    : HtmlSanitizer.text(raw));
            if (key.length() < MIN_LENGTH) continue;
            out[n++] = fingerprint(sha256, key);
            if (longest.offer(key)) anchor = out[n - 1];
        }
        long[] sorted = distinctSorted(out, n);
        if (sorted.length == 0) return sorted;
        long[] anchored = new long[sorted.length];
        anchored[0] = anchor;
        int next = 1;
        for (long f : sorted) if (f != anchor) anchored[next++] = f;
        return anchored;
    }

    /**
     * The counts of a page's paragraphs and its anchor, the paragraph its own text's copies are read off: the
     * counted paragraph (a count above 0) with the most words in its normalised text, the first of those in page
     * order. Two scrapes of one page seldom match line for line, but their longest paragraph does.
     *
     * @param counts for each paragraph, in page order, in how many dumps its text occurs
     * @param anchor the anchor's index, or -1 if no paragraph is counted
     */
    record PageCounts(int[] counts, int anchor) {}

    /** {@link #dumpsContaining(String)} for each paragraph of a page, and its anchor, with one digest for them all. */
    PageCounts counts(List<Features> paragraphs) {
        MessageDigest sha256 = sha256();
        int[] counts = new int[paragraphs.size()];
        int anchor = -1;
        Longest longest = new Longest();
        for (int i = 0; i < counts.length && !isEmpty(); i++) {
            String key = normalise(paragraphs.get(i).text());
            counts[i] = countOfKey(key, sha256);
            if (counts[i] > 0 && longest.offer(key)) anchor = i;
        }
        return new PageCounts(counts, anchor);
    }

    /**
     * Finds a page's anchor among its paragraphs' normalised texts, offered in page order: the one definition that
     * {@link #fingerprints} (for the incremental build's key) and {@link #counts} (for the classifier) share.
     */
    private static final class Longest {
        private int words;

        /** Whether this text has more words than any offered before it; if so it is the longest so far. */
        boolean offer(String key) {
            // A normalised text separates its words by single spaces.
            int count = key.isEmpty() ? 0 : 1;
            for (int i = 0; i < key.length(); i++) if (key.charAt(i) == ' ') count++;
            if (count <= words) return false;
            words = count;
            return true;
        }
    }

    /** In how many dumps of the archive a paragraph with this text occurs (0 for text it has not seen). */
    public int dumpsContaining(String text) {
        return dumpsContaining(text, sha256());
    }

    private int dumpsContaining(String text, MessageDigest sha256) {
        // An empty profile holds nothing to look up, so the text need not even be normalised.
        return isEmpty() ? 0 : countOfKey(normalise(text), sha256);
    }

    private boolean isEmpty() {
        return fingerprints.length == 0 && whole == null;
    }

    private int countOfKey(String key, MessageDigest sha256) {
        // Short texts were never counted; answering 0 for them keeps a chance fingerprint match from counting.
        return key.length() < MIN_LENGTH ? 0 : count(fingerprint(sha256, key));
    }

    /** In how many dumps the text of a fingerprint occurs. */
    private int count(long fingerprint) {
        int at = Arrays.binarySearch(fingerprints, fingerprint);
        if (at >= 0) return dumps[at];
        return whole == null ? 0 : whole.get().count(fingerprint);
    }

    /** Whether a paragraph with this text occurs in more than one dump: the mark of a site's page furniture. */
    public boolean isRepeated(String text) {
        return dumpsContaining(text) > 1;
    }

    /**
     * A digest of exactly the facts of this profile that the classification of one dump reads. The classifier
     * compares the counts of a dump's paragraphs (in how many dumps each text occurs) with 0 and 1 and with the count
     * of the page's anchor, never with any other number; so the digest holds each fingerprint with its count's class
     * (0, 1, above 1 but not above the anchor's, above both). Two profiles giving one dump the same digest classify
     * it the same way, so an incremental build may reuse the dump's article when the digest is unchanged; and a dump
     * added to or removed from a site's archive, which moves the count of the site's copyright line in every dump of
     * the site by one, leaves their digests as they were. Should the anchor not be counted (a profile without the
     * dump), the classifier reads another paragraph's count as the copies, so the digest then holds every
     * comparison between the counts instead.
     *
     * <p>Any new archive fact the classifier reads (a count compared with another number, say) must be added here,
     * or incremental builds go stale.
     *
     * @param dumpFingerprints the dump's {@link #fingerprints(List) fingerprints}, its anchor's first
     * @return a SHA-256 digest, 32 bytes
     */
    public byte[] digestFor(long[] dumpFingerprints) {
        Objects.requireNonNull(dumpFingerprints, "dumpFingerprints");
        int[] counts = new int[dumpFingerprints.length];
        for (int i = 0; i < counts.length; i++) counts[i] = count(dumpFingerprints[i]);
        boolean anchored = counts.length > 0 && counts[0] > 0;
        int[] classes = anchored ? classes(counts, counts[0]) : ranks(counts);
        MessageDigest sha256 = sha256();
        // The two kinds of digest are kept apart: their numbers mean different things.
        sha256.update((byte) (anchored ? 'a' : 'r'));
        byte[] entry = new byte[Long.BYTES + Integer.BYTES];
        for (int f = 0; f < dumpFingerprints.length; f++) {
            long fingerprint = dumpFingerprints[f];
            for (int i = 0; i < Long.BYTES; i++) entry[i] = (byte) (fingerprint >>> (56 - 8 * i));
            for (int i = 0; i < Integer.BYTES; i++) entry[Long.BYTES + i] = (byte) (classes[f] >>> (24 - 8 * i));
            sha256.update(entry);
        }
        return sha256.digest();
    }

    /**
     * Counts as the classifier tells them apart when the page's copies are known: 0, 1, above 1 but not above
     * the copies (2), above both (3).
     */
    static int[] classes(int[] counts, int copies) {
        int[] classes = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            classes[i] = counts[i] <= 1 ? counts[i] : counts[i] > Math.max(1, copies) ? 3 : 2;
        }
        return classes;
    }

    /**
     * Counts as the classifier can tell them apart: 0 and 1 stay, and a count above 1 becomes 2 plus the number of
     * distinct counts above 1 below it, so every comparison between the counts, and with 0 and 1, answers as before.
     */
    static int[] ranks(int[] counts) {
        int[] repeated = Arrays.stream(counts).filter(c -> c > 1).sorted().distinct().toArray();
        int[] ranks = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            ranks[i] = counts[i] <= 1 ? counts[i] : 2 + Arrays.binarySearch(repeated, counts[i]);
        }
        return ranks;
    }

    /**
     * Case, spacing and punctuation vary between copies of the same furniture; words and numbers do not, and
     * numbers are often all that tells two reports of one series apart.
     */
    static String normalise(String text) {
        // Lowercased first, as case mapping may produce marks (İ gives i and a combining dot) that are not words.
        String lower = text.toLowerCase(Locale.ROOT);
        // By hand rather than as [^\p{L}\p{N}]+ replaced by a space and stripped: the same result, without a
        // regex matcher over every paragraph of every dump twice per build.
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isWordCharacter(c)) {
                if (gap && !out.isEmpty()) out.append(' ');
                gap = false;
                out.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** Whether a code point is a letter or a number ({@code \p{L}} or {@code \p{N}}). */
    private static boolean isWordCharacter(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static long fingerprint(MessageDigest sha256, String key) {
        byte[] digest = sha256.digest(key.getBytes(StandardCharsets.UTF_8));
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) value = value << 8 | (digest[i] & 0xff);
        return value;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long[] distinctSorted(long[] values, int length) {
        long[] sorted = Arrays.copyOf(values, length);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /**
     * Gathers the {@link #fingerprints(List) fingerprints} of an archive's dumps, in any order, into a profile. Not
     * thread-safe: add from one thread.
     */
    public static final class Builder {
        /** Every dump's fingerprints one after another: eight bytes per distinct paragraph of each dump. */
        private long[] all = new long[1024];
        private int size;

        /** Counts one dump, given its {@link ArchiveProfile#fingerprints(List) fingerprints}. */
        public Builder add(long[] dumpFingerprints) {
            Objects.requireNonNull(dumpFingerprints, "dumpFingerprints");
            if (size + dumpFingerprints.length > all.length) {
                all = Arrays.copyOf(all, Math.max(all.length * 2, size + dumpFingerprints.length));
            }
            System.arraycopy(dumpFingerprints, 0, all, size, dumpFingerprints.length);
            size += dumpFingerprints.length;
            return this;
        }

        /** The profile of the dumps added so far. */
        public ArchiveProfile build() {
            return whole(all, size);
        }

        /**
         * The profile of the dumps added so far, counted at once only for the given fingerprints: one pass over
         * every dump's fingerprints instead of sorting them all, for a build that expects to look up a few dumps'
         * paragraphs (an incremental build after a small edit). It answers every question as {@link #build()}'s
         * profile would: the first about another fingerprint makes the whole profile, once, from the dumps added
         * until now. Add no more dumps to this builder afterwards.
         *
         * @param wanted the fingerprints expected to be looked up, in any order, repeats allowed
         */
        public ArchiveProfile buildFor(long[] wanted) {
            Objects.requireNonNull(wanted, "wanted");
            long[] keys = distinctSorted(wanted, wanted.length);
            int[] counts = new int[keys.length];
            for (int i = 0; i < size; i++) {
                int at = Arrays.binarySearch(keys, all[i]);
                if (at >= 0) counts[at]++;
            }
            return new ArchiveProfile(keys, counts, new Whole(all, size));
        }

        private static ArchiveProfile whole(long[] all, int size) {
            // Sorting puts each text's dumps side by side; a run's length is how many dumps hold the text, since
            // each dump gave each of its fingerprints once. Sorted in place, as their order means nothing, and on
            // every processor: a large archive has millions.
            Arrays.parallelSort(all, 0, size);
            int distinct = 0;
            for (int i = 0; i < size; i++) if (i == 0 || all[i] != all[i - 1]) distinct++;
            long[] keys = new long[distinct];
            int[] counts = new int[distinct];
            int run = -1;
            for (int i = 0; i < size; i++) {
                if (i == 0 || all[i] != all[i - 1]) keys[++run] = all[i];
                counts[run]++;
            }
            return new ArchiveProfile(keys, counts);
        }
    }

    /** The whole profile behind a partial one, made from every dump's fingerprints when first needed. Thread-safe. */
    private static final class Whole {
        private long[] all;
        private final int size;
        private ArchiveProfile profile;

        Whole(long[] all, int size) {
            this.all = all;
            this.size = size;
        }

        synchronized ArchiveProfile get() {
            if (profile == null) {
                profile = Builder.whole(all, size);
                all = null;
            }
            return profile;
        }
    }
}
