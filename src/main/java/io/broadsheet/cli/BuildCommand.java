package io.broadsheet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code broadsheet build}: builds the seeds folder into the site folder. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Builds every dump (*.txt) in the seeds folder into a static site.",
            "The site is written beside the output folder and swapped in only when complete;"
                + " a folder that Broadsheet did not write is never replaced.",
            "Builds are incremental: the build cache (.NAME.broadsheet-cache, beside the output folder NAME) lets"
                + " a build redo only what depends on changed dumps, sidecars, templates or settings."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every dump was built",
            "1:the site was built, but some dumps were refused (listed on stderr)",
            "2:usage or set-up error (missing folder, bad settings, output not replaceable or not writable)"})
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--clean", description = "ignore the build cache: rebuild every page and replace the whole site")
    boolean clean;

    @Override
    public Integer call() {
        if (site.templatesMissing() || site.quietAndVerbose()) return 2;
        return site.build(clean).map(report -> report.complete() ? 0 : 1).orElse(2);
    }
}
