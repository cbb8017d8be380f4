package io.broadsheet.cli;

import io.broadsheet.check.CheckReport;
import io.broadsheet.check.SiteChecker;
import io.broadsheet.check.SiteProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet check}: checks a built site's links, pages, feeds and sitemap. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Checks a built site: every internal link, asset and #fragment resolves, from disk as well as from a web"
                + " server; every page is reachable from index.html; every page is valid HTML (Nu HTML checker);"
                + " feeds and sitemap are well-formed and list existing pages; robots.txt points at the sitemap.",
            "Prints each problem as 'page: problem'."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:no problems",
            "1:problems were found (listed on stdout)",
            "2:usage error (missing or unreadable site folder, bad option)"})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", defaultValue = "site", arity = "0..1",
            description = "site folder to check (default: ${DEFAULT-VALUE})")
    Path folder;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "URL the site is published at, for checking absolute URLs in feeds, sitemap and robots.txt"
                + " (default: taken from the feed's self link or the sitemap)")
    String baseUrl;

    @Option(names = "--no-html-validation", description = "skip the Nu HTML checker, the slowest check")
    boolean noHtmlValidation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(folder)) {
            err.println("broadsheet: site folder not found: " + folder);
            err.flush();
            return 2;
        }
        SiteChecker checker = SiteChecker.of(folder);
        if (noHtmlValidation) checker = checker.withoutHtmlValidation();
        CheckReport report;
        try {
            if (baseUrl != null) checker = checker.withBaseUrl(baseUrl);
            report = checker.check();
        } catch (IllegalArgumentException e) {
            err.println("broadsheet: " + e.getMessage());
            err.flush();
            return 2;
        } catch (IOException e) {
            err.println("broadsheet: cannot read the site: " + e.getMessage());
            err.flush();
            return 2;
        }
        for (SiteProblem problem : report.problems()) out.println(problem);
        int count = report.problems().size();
        out.printf("Checked %d page%s: %d problem%s%n", report.pages(), report.pages() == 1 ? "" : "s",
                count, count == 1 ? "" : "s");
        out.flush();
        return report.passed() ? 0 : 1;
    }
}
