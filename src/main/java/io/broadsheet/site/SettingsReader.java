package io.broadsheet.site;

import io.broadsheet.render.SiteSettings;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads the site settings from the text of a {@code broadsheet.yml} file and from command-line options, an
 * option winning over the file. Every key and value is checked, and a problem is reported with the file, line,
 * column and key, so a typo never passes silently as a default.
 */
public final class SettingsReader {
    /** The settings file a build reads when none is named. */
    public static final String DEFAULT_FILE = "broadsheet.yml";

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

    /** Every setting, in the order the README documents them, with how to apply its value. */
    private static final Map<String, Setter> SETTERS = setters();

    private static Map<String, Setter> setters() {
        Map<String, Setter> setters = new LinkedHashMap<>();
        setters.put("title", (b, v) -> b.title = text(v, false));
        setters.put("description", (b, v) -> b.description = text(v, true));
        setters.put("base_url", (b, v) -> b.baseUrl = Optional.of(baseUrl(v)));
        setters.put("language", (b, v) -> b.language = language(v));
        setters.put("per_page", (b, v) -> b.perPage = number(v, 1, SiteSettings.MAX_PER_PAGE));
        setters.put("feed_size", (b, v) -> b.feedSize = number(v, 1, SiteSettings.MAX_PER_PAGE));
        setters.put("related_count", (b, v) -> b.relatedCount = number(v, 0, SiteSettings.MAX_RELATED));
        setters.put("author", (b, v) -> b.author = Optional.of(text(v, false)));
        setters.put("footer", (b, v) -> b.footer = text(v, true));
        return Collections.unmodifiableMap(setters);
    }

    private SettingsReader() {}

    /** The keys a settings file may hold. */
    public static List<String> keys() {
        return List.copyOf(SETTERS.keySet());
    }

    /**
     * The settings a file and options give, on top of the defaults.
     *
     * @param file       the file's name as shown in errors
     * @param yaml       the file's text, or empty when there is no file
     * @param options    values given on the command line, by setting key ({@code per_page}), each winning over
     *                   the file
     * @param optionName how the option for a setting key is called on the command line, for errors
     * @param sourceDate the build's date from {@code SOURCE_DATE_EPOCH}, if set
     * @throws SettingsException if the file is not YAML, has an unknown key, or a value is bad
     */
    public static SiteSettings read(String file, String yaml, Map<String, String> options,
                                    Function<String, String> optionName, Optional<Instant> sourceDate)
            throws SettingsException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(yaml, "yaml");
        Builder builder = new Builder(sourceDate);
        for (Map.Entry<ScalarNode, Node> entry : entries(file, yaml).entrySet()) {
            String key = entry.getKey().getValue();
            String where = position(file, entry.getKey().getStartMark());
            Setter setter = SETTERS.get(key);
            if (setter == null) {
                throw new SettingsException(where + ": unknown setting '" + key + "'; the settings are "
                        + String.join(", ", SETTERS.keySet()));
            }
            Node value = entry.getValue();
            String valueWhere = position(file, value.getStartMark());
            if (!(value instanceof ScalarNode scalar)) {
                throw new SettingsException(valueWhere + ": " + key + ": must be a single value, not a list or map");
            }
            if (scalar.getTag().equals(Tag.NULL) && scalar.getValue().isEmpty()) {
                throw new SettingsException(valueWhere + ": " + key + ": has no value; give one or remove the line");
            }
            apply(builder, setter, key, scalar.getValue(), valueWhere);
        }
        for (Map.Entry<String, String> option : options.entrySet()) {
            Setter setter = SETTERS.get(option.getKey());
            if (setter == null) throw new IllegalArgumentException("no such setting: " + option.getKey());
            apply(builder, setter, option.getKey(), option.getValue(), "option " + optionName.apply(option.getKey()));
        }
        return builder.build();
    }

    private static void apply(Builder builder, Setter setter, String key, String value, String where)
            throws SettingsException {
        try {
            setter.set(builder, value);
        } catch (IllegalArgumentException e) {
            throw new SettingsException(where + ": " + key + ": " + e.getMessage());
        }
    }

    /** The file's top-level entries, in file order; duplicate keys are refused. */
    private static Map<ScalarNode, Node> entries(String file, String yaml) throws SettingsException {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            String where = e.getProblemMark().map(m -> position(file, m)).orElse(file);
            throw new SettingsException(where + ": not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new SettingsException(file + ": not valid YAML: " + e.getMessage());
        }
        Map<ScalarNode, Node> entries = new LinkedHashMap<>();
        if (root.isEmpty()) return entries;
        if (!(root.get() instanceof MappingNode mapping)) {
            throw new SettingsException(position(file, root.get().getStartMark())
                    + ": settings must be 'key: value' lines, one per setting");
        }
        Map<String, String> seen = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new SettingsException(position(file, tuple.getKeyNode().getStartMark())
                        + ": a setting's name must be plain text");
            }
            String where = position(file, key.getStartMark());
            String first = seen.putIfAbsent(key.getValue(), where);
            if (first != null) {
                throw new SettingsException(where + ": " + key.getValue() + ": given twice (first at " + first + ")");
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private static String position(String file, Optional<Mark> mark) {
        return mark.map(m -> position(file, m)).orElse(file);
    }

    private static String position(String file, Mark mark) {
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    private static String text(String value, boolean mayBeEmpty) {
        if (!mayBeEmpty && value.isBlank()) throw new IllegalArgumentException("must not be empty");
        if (value.contains("\n") || value.contains("\r")) throw new IllegalArgumentException("must be one line");
        return value.strip();
    }

    private static String baseUrl(String value) {
        String url = value.strip();
        // A base URL without its final slash is what people write; the site's pages are beneath it either way.
        if (!url.endsWith("/") && !url.contains("?") && !url.contains("#")) url = url + "/";
        if (!SiteSettings.isBaseUrl(url)) {
            throw new IllegalArgumentException("must be an absolute http or https address such as"
                    + " https://example.org/archive/, without ? or #, not '" + value + "'");
        }
        return url;
    }

    private static String language(String value) {
        if (!SiteSettings.isLanguageTag(value.strip())) {
            throw new IllegalArgumentException("must be a language tag such as en or fr-CA, not '" + value + "'");
        }
        return value.strip();
    }

    private static int number(String value, int min, int max) {
        String digits = value.strip();
        int n = WHOLE_NUMBER.matcher(digits).matches() ? Integer.parseInt(digits) : Integer.MIN_VALUE;
        if (n < min || n > max) {
            throw new IllegalArgumentException("must be a whole number from " + min + " to " + max + ", not '"
                    + value + "'");
        }
        return n;
    }

    /** Applies one setting's text to the settings being built; throws IllegalArgumentException if it is bad. */
    @FunctionalInterface
    private interface Setter {
        void set(Builder builder, String value);
    }

    /** The settings so far, starting from the defaults; local to one read. */
    private static final class Builder {
        private final SiteSettings defaults = SiteSettings.DEFAULTS;
        String title = defaults.title();
        String description = defaults.description();
        Optional<String> baseUrl = defaults.baseUrl();
        String language = defaults.language();
        int perPage = defaults.perPage();
        int feedSize = defaults.feedSize();
        int relatedCount = defaults.relatedCount();
        Optional<String> author = defaults.author();
        String footer = defaults.footer();
        final Optional<Instant> sourceDate;

        Builder(Optional<Instant> sourceDate) {
            this.sourceDate = Objects.requireNonNull(sourceDate, "sourceDate");
        }

        SiteSettings build() {
            return new SiteSettings(title, description, baseUrl, language, perPage, feedSize, relatedCount, author,
                    footer, sourceDate);
        }
    }
}
