package io.broadsheet.generate;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a generated archive to a folder: each dump as {@code NAME.txt} and its sidecar, if any, as
 * {@code NAME.json}. The only part of the generator that touches files.
 */
public final class ArchiveWriter {
    private ArchiveWriter() {}

    /**
     * Writes the first {@code count} dumps of the archive {@code seed} into {@code folder}, creating it if needed.
     * Refuses a folder that already holds anything, so a generated archive is never mixed with other files.
     *
     * @return the number of dumps written
     * @throws DirectoryNotEmptyException if the folder exists and is not empty
     * @throws NotDirectoryException      if the path exists and is not a folder
     * @throws IllegalArgumentException   if count is negative
     */
    public static int write(Path folder, long seed, int count) throws IOException {
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) throw new NotDirectoryException(folder.toString());
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) throw new DirectoryNotEmptyException(folder.toString());
            }
        }
        Files.createDirectories(folder);
        int written = 0;
        Iterator<GeneratedDump> dumps = ArchiveGenerator.generate(seed, count).iterator();
        while (dumps.hasNext()) {
            GeneratedDump dump = dumps.next();
            Files.write(folder.resolve(dump.fileName()), dump.dump(), StandardOpenOption.CREATE_NEW);
            if (dump.sidecarJson().isPresent()) {
                Files.write(folder.resolve(dump.sidecarFileName()), dump.sidecarJson().get(),
                        StandardOpenOption.CREATE_NEW);
            }
            written++;
        }
        return written;
    }
}
