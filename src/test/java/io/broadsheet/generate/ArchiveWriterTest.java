package io.broadsheet.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveWriterTest {
    private static final long SEED = 99L;

    @TempDir
    Path temp;

    @Test
    void writesEveryDumpAndSidecarWithTheGeneratedBytes() throws Exception {
        Path folder = temp.resolve("new/archive");
        List<GeneratedDump> expected = ArchiveGenerator.generate(SEED, 40).toList();

        int written = ArchiveWriter.write(folder, SEED, 40);

        assertThat(written).isEqualTo(40);
        List<String> expectedNames = new ArrayList<>();
        for (GeneratedDump dump : expected) {
            expectedNames.add(dump.fileName());
            assertThat(Files.readAllBytes(folder.resolve(dump.fileName()))).isEqualTo(dump.dump());
            if (dump.sidecarJson().isPresent()) {
                expectedNames.add(dump.sidecarFileName());
                assertThat(Files.readAllBytes(folder.resolve(dump.sidecarFileName())))
                        .isEqualTo(dump.sidecarJson().get());
            }
        }
        assertThat(list(folder)).containsExactlyInAnyOrderElementsOf(expectedNames);
    }

    @Test
    void anEmptyExistingFolderIsFilled() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("empty"));

        assertThat(ArchiveWriter.write(folder, SEED, 3)).isEqualTo(3);
        assertThat(list(folder)).filteredOn(name -> name.endsWith(".txt")).hasSize(3);
    }

    @Test
    void refusesAFolderThatHoldsAnything() throws Exception {
        Path folder = Files.createDirectory(temp.resolve("used"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> ArchiveWriter.write(folder, SEED, 5)).isInstanceOf(DirectoryNotEmptyException.class);
        assertThat(list(folder)).containsExactly("notes.txt");
        assertThat(Files.readString(folder.resolve("notes.txt"))).isEqualTo("mine");
    }

    @Test
    void refusesAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("file.txt"), "x");

        assertThatThrownBy(() -> ArchiveWriter.write(file, SEED, 5)).isInstanceOf(NotDirectoryException.class);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
