package io.broadsheet.cli;

import io.broadsheet.site.BuildReport;
import io.broadsheet.site.Problem;
import io.broadsheet.site.SetupException;
import io.broadsheet.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** Runs a site build and reports it on a command's output, so that {@code build} and {@code serve} say the same. */
final class BuildRun {
    private BuildRun() {}

    /**
     * Whether the user named a templates folder that does not exist, reported if so. A missing default folder is
     * fine: the packaged theme is used.
     */
    static boolean templatesMissing(CommandLine.Model.CommandSpec spec, Path templates) {
        if (!spec.commandLine().getParseResult().hasMatchedOption("--templates") || Files.isDirectory(templates)) {
            return false;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("broadsheet: templates folder not found: " + templates);
        err.flush();
        return true;
    }

    /**
     * Builds the site, printing refused dumps and warnings on {@code err} and a summary on {@code out}.
     *
     * @return the report, or empty when the build could not start or be published (already reported)
     */
    static Optional<BuildReport> build(Path seeds, Path templates, Path site, PrintWriter out, PrintWriter err) {
        long start = System.nanoTime();
        BuildReport report;
        try {
            report = new SiteBuilder(seeds, templates, site).build();
        } catch (SetupException e) {
            err.println("broadsheet: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
        for (Problem warning : report.warnings()) err.println(warning + " (warning)");
        for (Problem problem : report.refused()) err.println(problem);
        err.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("Built %d article%s into %s, %d dump%s refused, in %.2f s%n",
                report.built(), report.built() == 1 ? "" : "s", site,
                report.refused().size(), report.refused().size() == 1 ? "" : "s", seconds);
        out.flush();
        return Optional.of(report);
    }
}
