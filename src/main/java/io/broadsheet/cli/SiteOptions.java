package io.broadsheet.cli;

import io.broadsheet.render.SiteSettings;
import io.broadsheet.site.BuildReport;
import io.broadsheet.site.Problem;
import io.broadsheet.site.SettingsException;
import io.broadsheet.site.SettingsReader;
import io.broadsheet.site.SetupException;
import io.broadsheet.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What to build and how, shared by {@code build} and {@code serve} so that both read the same options and
 * settings and report a build the same way.
 */
final class SiteOptions {
    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "folder of dumps (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "theme folder; what it lacks comes from the default theme in the jar (default: ${DEFAULT-VALUE})")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "site folder to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = SettingsReader.DEFAULT_FILE,
            description = "site settings (YAML); optional unless named (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--title", paramLabel = "TEXT", description = "site title (setting: title)")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "site description (setting: description)")
    String description;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "address the site is published at (setting: base_url): sitemap.xml and robots.txt need it")
    String baseUrl;

    @Option(names = "--language", paramLabel = "TAG", description = "language of the site's own words (setting: language)")
    String language;

    @Option(names = "--per-page", paramLabel = "N", description = "articles per listing page (setting: per_page)")
    String perPage;

    @Option(names = "--feed-size", paramLabel = "N", description = "articles in the Atom feed (setting: feed_size)")
    String feedSize;

    @Option(names = "--related-count", paramLabel = "N",
            description = "related articles on each article page (setting: related_count)")
    String relatedCount;

    @Option(names = "--author", paramLabel = "NAME", description = "who runs the archive, the feed's author (setting: author)")
    String author;

    @Option(names = "--footer", paramLabel = "TEXT", description = "text at the foot of every page (setting: footer)")
    String footer;

    @Option(names = {"-q", "--quiet"},
            description = "print only refused dumps and warnings, not the summary line or progress")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "also print each stage of the build with its time")
    boolean verbose;

    /** The command-line options that override settings, by setting key; options not given are left out. */
    private Map<String, String> settingOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        put(options, "title", title);
        put(options, "description", description);
        put(options, "base_url", baseUrl);
        put(options, "language", language);
        put(options, "per_page", perPage);
        put(options, "feed_size", feedSize);
        put(options, "related_count", relatedCount);
        put(options, "author", author);
        put(options, "footer", footer);
        return options;
    }

    private static void put(Map<String, String> options, String key, String value) {
        if (value != null) options.put(key, value);
    }

    /** The settings from the settings file, the options and SOURCE_DATE_EPOCH. */
    private SiteSettings settings() throws SettingsException {
        String yaml = "";
        boolean named = mixee.commandLine().getParseResult().hasMatchedOption("--config");
        if (named && !Files.isRegularFile(config)) throw new SettingsException(config + ": settings file not found");
        if (Files.isRegularFile(config)) {
            try {
                // Decoded strictly: a settings file in another encoding would otherwise turn into wrong titles.
                yaml = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(config)))
                        .toString();
            } catch (CharacterCodingException e) {
                throw new SettingsException(config + ": not UTF-8 text");
            } catch (IOException e) {
                throw new SettingsException(config + ": cannot read the settings file: " + e.getMessage());
            }
        }
        return SettingsReader.read(config.toString(), yaml, settingOptions(),
                key -> "--" + key.replace('_', '-'), sourceDateEpoch());
    }

    /** The date reproducible-build tools give in SOURCE_DATE_EPOCH, in seconds since 1970. */
    private static Optional<Instant> sourceDateEpoch() throws SettingsException {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || value.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new SettingsException("SOURCE_DATE_EPOCH must be a whole number of seconds, not '" + value + "'");
        }
    }

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    /**
     * Whether the user named a templates folder that does not exist, reported if so. A missing default folder is
     * fine: the packaged theme is used.
     */
    boolean templatesMissing() {
        if (!mixee.commandLine().getParseResult().hasMatchedOption("--templates") || Files.isDirectory(templates)) {
            return false;
        }
        PrintWriter err = mixee.commandLine().getErr();
        err.println("broadsheet: templates folder not found: " + templates);
        err.flush();
        return true;
    }

    /**
     * Whether the user asked for both {@code --quiet} and {@code --verbose}, reported if so.
     */
    boolean quietAndVerbose() {
        if (!(quiet && verbose)) return false;
        PrintWriter err = mixee.commandLine().getErr();
        err.println("broadsheet: --quiet and --verbose cannot be used together");
        err.flush();
        return true;
    }

    /**
     * Reads the settings afresh and builds the site, printing refused dumps and warnings on the error stream and a
     * summary on the output (unless quiet). A progress bar is drawn on the error stream only when it is a terminal.
     *
     * @return the report, or empty when the build could not start or be published (already reported)
     */
    Optional<BuildReport> build() {
        return build(false);
    }

    /**
     * As {@link #build()}; with {@code clean} the build cache is ignored and the whole site rebuilt.
     */
    Optional<BuildReport> build(boolean clean) {
        PrintWriter stdout = mixee.commandLine().getOut();
        PrintWriter err = mixee.commandLine().getErr();
        long start = System.nanoTime();
        BuildReport report;
        BuildProgress progress = new BuildProgress(err, !quiet && BuildProgress.errorStreamIsTerminal(), verbose,
                System::nanoTime);
        try {
            report = new SiteBuilder(seeds, templates, out, settings()).withClean(clean).build(progress);
        } catch (SettingsException | SetupException e) {
            progress.finish();
            err.println("broadsheet: " + e.getMessage());
            err.flush();
            return Optional.empty();
        }
        progress.finish();
        for (Problem warning : report.warnings()) err.println(warning + " (warning)");
        for (Problem problem : report.refused()) err.println(problem);
        err.flush();
        if (quiet) return Optional.of(report);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (report.upToDate()) {
            stdout.printf("%s is up to date: %d article%s, %d dump%s refused, nothing written, in %.2f s%n", out,
                    report.built(), report.built() == 1 ? "" : "s",
                    report.refused().size(), report.refused().size() == 1 ? "" : "s", seconds);
            stdout.flush();
            return Optional.of(report);
        }
        stdout.printf("Built %d article%s into %s, %d dump%s refused, in %.2f s%n",
                report.built(), report.built() == 1 ? "" : "s", out,
                report.refused().size(), report.refused().size() == 1 ? "" : "s", seconds);
        if (!report.clean()) {
            stdout.printf("Updated in place: %d dump%s converted, %d file%s written, %d deleted%n",
                    report.converted(), report.converted() == 1 ? "" : "s",
                    report.written(), report.written() == 1 ? "" : "s", report.deleted());
        }
        stdout.flush();
        return Optional.of(report);
    }
}
