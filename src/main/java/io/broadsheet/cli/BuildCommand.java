package io.broadsheet.cli;

import io.broadsheet.site.BuildReport;
import io.broadsheet.site.Problem;
import io.broadsheet.site.SetupException;
import io.broadsheet.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
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
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (spec.commandLine().getParseResult().hasMatchedOption("--templates") && !Files.isDirectory(templates)) {
            err.println("broadsheet: templates folder not found: " + templates);
            err.flush();
            return 2;
        }
        long start = System.nanoTime();
        BuildReport report;
        try {
            report = new SiteBuilder(seeds, templates, out).build();
        } catch (SetupException e) {
            err.println("broadsheet: " + e.getMessage());
            err.flush();
            return 2;
        }
        for (Problem warning : report.warnings()) err.println(warning + " (warning)");
        for (Problem problem : report.refused()) err.println(problem);
        err.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf("Built %d article%s into %s, %d dump%s refused, in %.2f s%n",
                report.built(), report.built() == 1 ? "" : "s", out,
                report.refused().size(), report.refused().size() == 1 ? "" : "s", seconds);
        stdout.flush();
        return report.complete() ? 0 : 1;
    }
}
