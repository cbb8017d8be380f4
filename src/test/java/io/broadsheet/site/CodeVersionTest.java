package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeVersionTest {
    @TempDir
    Path dir;

    /** The jar's identity is its entries' names, sizes and CRCs: any change to a class or template changes it. */
    @Test
    void aJarsDigestFollowsItsEntriesContent() throws IOException {
        Map<String, String> classes = Map.of("a/A.class", "one", "templates/page.html", "<p>two</p>");
        byte[] original = digest(jar("original.jar", classes, 0));
        assertThat(digest(jar("copy.jar", classes, 0))).as("the same entries").isEqualTo(original);
        assertThat(digest(jar("stored.jar", classes, 9))).as("compressed otherwise").isEqualTo(original);
        assertThat(digest(jar("edited.jar", Map.of("a/A.class", "one", "templates/page.html", "<p>tw0</p>"), 0)))
                .as("one byte of a template changed").isNotEqualTo(original);
        assertThat(digest(jar("renamed.jar", Map.of("a/B.class", "one", "templates/page.html", "<p>two</p>"), 0)))
                .as("a class renamed").isNotEqualTo(original);
    }

    private byte[] digest(Path jar) throws IOException {
        return CodeVersion.jar(Digest.of("code"), jar).done();
    }

    private Path jar(String name, Map<String, String> entries, int level) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(level);
            for (String entry : entries.keySet().stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entries.get(entry).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
