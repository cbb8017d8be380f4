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
            "2:usage or set-up error (missing folder, bad settings, output not replaceable or not writable)"})
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

    @Option(names = "--config", paramLabel = "FILE", defaultValue = SettingsReader.DEFAULT_FILE,
            description = "site settings (YAML); optional unless named (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--title", paramLabel = "TEXT", description = "site title (setting: title)")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "site description (setting: description)")
    String description;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "address the site is published at; enables sitemap.xml and robots.txt (setting: base_url)")
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        boolean named = spec.commandLine().getParseResult().hasMatchedOption("--config");
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

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (spec.commandLine().getParseResult().hasMatchedOption("--templates") && !Files.isDirectory(templates)) {
            err.println("broadsheet: templates folder not found: " + templates);
            err.flush();
            return 2;
        }
        SiteSettings settings;
        try {
            settings = settings();
        } catch (SettingsException e) {
            err.println("broadsheet: " + e.getMessage());
            err.flush();
            return 2;
        }
        long start = System.nanoTime();
        BuildReport report;
        try {
            report = new SiteBuilder(seeds, templates, out, settings).build();
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
