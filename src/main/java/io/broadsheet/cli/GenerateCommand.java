package io.broadsheet.cli;

import io.broadsheet.generate.ArchiveWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet generate}: writes a synthetic archive of dumps, for trying Broadsheet out and for benchmarks. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Writes a synthetic archive of realistic dumps (and some sidecar files) into an empty folder.",
            "The same seed and count always give the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed number (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "500",
            description = "how many dumps (default: ${DEFAULT-VALUE})")
    int count;

    @Parameters(paramLabel = "DIR", description = "folder to write; created if missing, must be empty")
    Path folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0) {
            err.println("broadsheet: --count must not be negative");
            err.flush();
            return 2;
        }
        try {
            int written = ArchiveWriter.write(folder, seed, count);
            spec.commandLine().getOut().printf("Wrote %d dumps into %s%n", written, folder);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DirectoryNotEmptyException e) {
            err.println("broadsheet: " + folder + " is not empty; choose an empty or new folder");
        } catch (IOException e) {
            err.println("broadsheet: cannot write " + folder + ": " + e);
        }
        err.flush();
        return 2;
    }
}
