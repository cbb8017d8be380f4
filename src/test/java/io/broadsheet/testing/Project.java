package io.broadsheet.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project's folders are, for tests that use the real seeds, templates and shared corpus. */
public final class Project {
    private Project() {}

    /** The project's top folder (surefire sets {@code broadsheet.projectDir}). */
    public static Path dir() {
        return Path.of(System.getProperty("broadsheet.projectDir", ".")).toAbsolutePath().normalize();
    }

    /** The labelled dev corpus in {@code ../shared/corpus/dev}, where this machine has it. */
    public static Optional<Path> devCorpus() {
        Path corpus = dir().resolve("../shared/corpus/dev").normalize();
        return Files.isDirectory(corpus.resolve("seeds")) ? Optional.of(corpus) : Optional.empty();
    }

    /** The seed dump the project was created from. */
    public static Path seed() {
        return dir().resolve("seeds/000_1064a9bc0d479205.txt");
    }
}
