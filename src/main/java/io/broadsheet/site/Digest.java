package io.broadsheet.site;

import io.broadsheet.render.ArticleSummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A SHA-256 of a sequence of fields, each written with its length, so that no two different sequences of fields
 * give the same input to the hash ("ab","c" and "a","bc" differ). Used for the keys of the incremental build.
 * Not thread-safe: one per key.
 */
final class Digest {
    private final MessageDigest sha256;
    private final byte[] scratch = new byte[Long.BYTES];

    private Digest() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A new digest, started with a label that keeps keys of different kinds apart. */
    static Digest of(String kind) {
        return new Digest().text(kind);
    }

    /** The SHA-256 of some bytes, as it is: the digest of a file's content. */
    static byte[] content(byte[] bytes) {
        return new Digest().sha256.digest(bytes);
    }

    Digest bytes(byte[] value) {
        number(value.length);
        sha256.update(value);
        return this;
    }

    Digest text(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    Digest number(long value) {
        // One update of eight bytes: a rebuild of a large archive digests millions of numbers, and a byte at a time
        // each went through the digest's buffering on its own.
        for (int i = 0; i < Long.BYTES; i++) scratch[i] = (byte) (value >>> (56 - 8 * i));
        sha256.update(scratch, 0, Long.BYTES);
        return this;
    }

    // Neither takes a lambda: without the optimising compiler (a quick rebuild's setting) each call would make one.
    Digest optional(Optional<?> value) {
        number(value.isPresent() ? 1 : 0);
        if (value.isPresent()) text(value.get().toString());
        return this;
    }

    Digest texts(List<String> values) {
        number(values.size());
        for (String value : values) text(value);
        return this;
    }

    /** Every field of a summary: what listings and links show of an article. */
    Digest summary(ArticleSummary s) {
        return text(s.id()).text(s.title()).text(s.summary()).optional(s.publisher()).optional(s.year())
                .optional(s.date()).text(s.language()).texts(s.topics()).text(s.attribution());
    }

    byte[] done() {
        return sha256.digest();
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
