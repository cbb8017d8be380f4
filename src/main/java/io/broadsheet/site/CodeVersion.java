package io.broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the running Broadsheet code and its packaged theme: the jar's entries, or every file of the classes
 * folder when run from a build tree. A cache made by other code is never trusted, since any change to the
 * classifier, the Markdown or the templates may change the site.
 */
final class CodeVersion {
    /** Raised whenever the layout or the meaning of the cache changes, even if the code digest would not show it. */
    static final int CACHE_FORMAT = 11;

    private CodeVersion() {}

    /** Computed once per run: the code cannot change under a running JVM. */
    private static final class Holder {
        static final byte[] DIGEST = compute();
    }

    static byte[] digest() {
        return Holder.DIGEST.clone();
    }

    private static byte[] compute() {
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        Digest digest = Digest.of("code").number(CACHE_FORMAT);
        if (source == null) return digest.text("unknown").done();
        try {
            Path location = Paths.get(source.getLocation().toURI());
            if (Files.isRegularFile(location)) return jar(digest, location).done();
            return tree(digest, location).done();
        } catch (URISyntaxException | IOException e) {
            // Unknown code gets a key no cache has, so the build is clean rather than wrong.
            return digest.text("unreadable " + System.nanoTime()).done();
        }
    }

    /**
     * A jar by its central directory: each entry's name, size and the CRC-32 the jar records of its content. Reading
     * the whole 40 MB jar to hash it again cost every build 0.05–0.1 s, and 0.3 s where the JVM runs without its
     * optimising compiler, as a quick rebuild may be told to. A jar that leaves a CRC out is hashed whole.
     */
    static Digest jar(Digest digest, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            if (entries.stream().anyMatch(e -> e.getCrc() < 0 || e.getSize() < 0)) {
                return digest.text("whole").bytes(Files.readAllBytes(jar));
            }
            digest.text("entries").number(entries.size());
            for (ZipEntry entry : entries) digest.text(entry.getName()).number(entry.getSize()).number(entry.getCrc());
            return digest;
        }
    }

    /** Every regular file under a folder, by sorted relative path. */
    static Digest tree(Digest digest, Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        digest.number(files.size());
        for (Path file : files) {
            digest.text(root.relativize(file).toString().replace('\\', '/'));
            try {
                digest.bytes(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return digest;
    }
}
