package io.broadsheet.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The rules that cut the word index into files and score its postings, shared by {@link IndexBuilder}, which applies
 * them to a whole archive, and {@link IndexPatch}, which applies them again to the few words an edit touches.
 *
 * <p>Every rule is local, so that one edit changes few files: a posting's score depends on its own article and on
 * the archive's average length rounded to a coarse grid (idf, which depends on the word's postings count, is left to
 * {@code search.js}); a word with more than {@link #alonePostings} postings has a file of its own; the other words
 * are cut into shards at words whose hash is a multiple of {@link #segmentWords} (content-defined, so adding a word
 * moves no boundary but its own), and a run between two such words is cut again where a shard would grow past
 * {@link #shardTarget}; a file is named by a digest of its first word, not by its place.
 *
 * @param shardTarget   the most characters a shard holding more than one word may have
 * @param segmentMean   the size in characters a run between two boundary words aims at, on average
 * @param alonePostings a word with more postings than this has a file of its own
 */
record IndexLayout(int shardTarget, int segmentMean, int alonePostings) {
    /** The layout of every site: shards of at most 24 KB, most of them under 16 KB. */
    static final IndexLayout DEFAULT = new IndexLayout(24_000, 16_000, 4_000);

    /**
     * A word's weight in an article counts up to this much: BM25 has all but saturated long before, and the builder
     * packs a weight into 9 bits.
     */
    static final int MAX_WEIGHT = 511;
    /** Scores are stored as integers in units of 1/{@value}. */
    static final int SCORE_SCALE = 64;
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    /** The average length is rounded to a power of this, so that one edit rarely moves it. */
    private static final double LENGTH_GRID = 1.05;
    /** Characters a shard spends on a word besides its postings, and on a posting, on average: for sizing only. */
    private static final int WORD_CHARS = 12;
    private static final int POSTING_CHARS = 3;

    IndexLayout {
        if (shardTarget < 1 || segmentMean < 1 || alonePostings < 1) {
            throw new IllegalArgumentException("sizes must be positive");
        }
    }

    /**
     * The average length BM25 normalises by: the archive's, rounded to the grid, so that postings keep their scores
     * while the archive's average stays near it. Depends on the two totals alone.
     */
    static double averageLength(long totalLength, int articles) {
        if (articles == 0) return 1;
        double average = (double) totalLength / articles;
        long step = Math.round(StrictMath.log(average) / StrictMath.log(LENGTH_GRID));
        return StrictMath.pow(LENGTH_GRID, step);
    }

    /**
     * A posting's stored score: the BM25 weight of a word's frequency in an article of the given length, without
     * idf, scaled and rounded; at least 1. Weights above {@link #MAX_WEIGHT} count as that. {@code StrictMath}, so that every build computes the same bytes.
     */
    static int score(int weight, int length, double averageLength) {
        int counted = Math.min(weight, MAX_WEIGHT);
        double norm = K1 * (1 - B + B * length / averageLength);
        double score = counted * (K1 + 1) / (counted + norm);
        return (int) Math.max(1, Math.round(score * SCORE_SCALE));
    }

    /** Whether a word with this many postings has a file of its own. */
    boolean alone(int postings) {
        return postings > alonePostings;
    }

    /**
     * How many words a run between boundary words holds on average: a power of two, so that a boundary is a hash
     * whose low bits are zero. Depends on the count of words in shards and of their postings alone.
     */
    int segmentWords(long words, long postings) {
        if (words == 0) return 1;
        long perWord = (WORD_CHARS * words + POSTING_CHARS * postings) / words;
        long wanted = Math.max(1, segmentMean / Math.max(1, perWord));
        return (int) Long.highestOneBit(Math.min(wanted, 1 << 30));
    }

    /** Whether a shard starts at this word, whatever comes before it. */
    static boolean boundary(String word, int segmentWords) {
        return (hash(word) & (segmentWords - 1)) == 0;
    }

    /** A file's name for the word it starts with: 64 bits of its SHA-256, so that names never shift. */
    static String fileName(String word) {
        byte[] digest = sha256().digest(word.getBytes(StandardCharsets.UTF_8));
        return "t/" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** FNV-1a over the UTF-16 units, then mixed so that the low bits depend on every character. */
    private static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
