package io.broadsheet.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared dev corpus next to the project; tests that need it are skipped when it is absent. */
final class CorpusLocation {
    private CorpusLocation() {}

    static Path seeds() {
        String projectDir = System.getProperty("broadsheet.projectDir", ".");
        Path seeds = Path.of(projectDir).resolve("../shared/corpus/dev/seeds").normalize();
        assumeTrue(Files.isDirectory(seeds), "corpus not found at " + seeds + ": test skipped");
        return seeds;
    }
}
