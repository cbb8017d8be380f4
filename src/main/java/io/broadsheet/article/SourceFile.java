package io.broadsheet.article;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an article came from: the dump's file name and the SHA-256 of its bytes, so a reader can check
 * the published {@code source.txt} against the archive.
 *
 * @param fileName the dump's file name, as found in the seeds folder (untrusted text: escape it wherever shown)
 * @param sha256   lowercase hex SHA-256 of the dump's bytes
 */
public record SourceFile(String fileName, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public SourceFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) throw new IllegalArgumentException("not a SHA-256 hex digest: " + sha256);
    }

    /** The provenance of a dump read from a file of that name with those bytes. */
    public static SourceFile of(String fileName, byte[] content) {
        try {
            return new SourceFile(fileName,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
