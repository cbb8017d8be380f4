package io.broadsheet.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet build}: builds the seeds folder into the site folder. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Builds every dump (*.txt) in the seeds folder into a static site.",
            "The site is written beside the output folder and swapped in only when complete;"
                + " a folder that Broadsheet did not write is never replaced."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every dump was built",
            "1:the site was built, but some dumps were refused (listed on stderr)",
            "2:usage or set-up error (missing folder, output not replaceable or not writable)"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "folder of dumps (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "theme folder; what it lacks comes from the default theme in the jar (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "site folder to write (default: ${DEFAULT-VALUE})")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (BuildRun.templatesMissing(spec, templates)) return 2;
        return BuildRun.build(seeds, templates, out, spec.commandLine().getOut(), spec.commandLine().getErr())
                .map(report -> report.complete() ? 0 : 1)
                .orElse(2);
    }
}
