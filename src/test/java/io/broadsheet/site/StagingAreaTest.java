package io.broadsheet.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingAreaTest {
    @TempDir
    Path dir;

    @Test
    void publishesIntoAFolderThatDidNotExist() throws Exception {
        Path out = dir.resolve("site");
        try (StagingArea site = StagingArea.open(out)) {
            site.write("articles/a/index.html", "hello".getBytes(UTF_8));
            assertThat(out).doesNotExist();
            site.publish();
        }
        assertThat(out.resolve("articles/a/index.html")).hasContent("hello");
        assertThat(out.resolve(StagingArea.MARKER)).exists();
        assertThat(siblings()).containsExactly("site");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .as("a web server must be able to read the site").isEqualTo("rwxr-xr-x");
    }

    @Test
    void replacesAFolderItWroteBefore() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "old.html");
        publish(out, "new.html");
        assertThat(out.resolve("new.html")).exists();
        assertThat(out.resolve("old.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site"));
        Files.writeString(out.resolve("precious.txt"), "mine");
        assertThatThrownBy(() -> StagingArea.open(out))
                .isInstanceOf(SetupException.class)
                .hasMessageContaining("not written by Broadsheet");
        assertThat(out.resolve("precious.txt")).hasContent("mine");
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void takesAnEmptyFolder() throws Exception {
        Path out = Files.createDirectories(dir.resolve("site"));
        publish(out, "index.html");
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void anUnpublishedBuildLeavesThePreviousSiteAndNoStagingFolder() throws Exception {
        Path out = dir.resolve("site");
        publish(out, "old.html");
        try (StagingArea site = StagingArea.open(out)) {
            site.write("new.html", new byte[0]);
        }
        assertThat(out.resolve("old.html")).exists();
        assertThat(out.resolve("new.html")).doesNotExist();
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void removesWhatAKilledBuildLeftBehindButNothingElse() throws Exception {
        Path leftover = Files.createDirectories(dir.resolve(".site.staging-123"));
        Files.writeString(leftover.resolve(StagingArea.MARKER), "");
        Path foreign = Files.createDirectories(dir.resolve(".site.staging-456"));
        Files.writeString(foreign.resolve("keep.txt"), "not ours");
        publish(dir.resolve("site"), "index.html");
        assertThat(leftover).doesNotExist();
        assertThat(foreign.resolve("keep.txt")).exists();
    }

    @Test
    void refusesPathsThatLeaveTheSite() throws Exception {
        try (StagingArea site = StagingArea.open(dir.resolve("site"))) {
            assertThatThrownBy(() -> site.write("../escape.html", new byte[0]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }

    private void publish(Path out, String file) throws Exception {
        try (StagingArea site = StagingArea.open(out)) {
            site.write(file, new byte[0]);
            site.publish();
        }
    }

    private Stream<String> siblingStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
    }

    private java.util.List<String> siblings() throws IOException {
        try (Stream<String> s = siblingStream()) {
            return s.toList();
        }
    }
}
