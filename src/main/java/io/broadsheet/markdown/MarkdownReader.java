package io.broadsheet.markdown;

import io.broadsheet.article.Article;
import static io.broadsheet.markdown.FrontMatter.*;

import io.broadsheet.article.Metadata;
import io.broadsheet.article.Role;
import io.broadsheet.article.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads back a Markdown document that {@link MarkdownWriter} wrote.
 *
 * <p>Archived files may have been edited by hand, so the front matter is checked strictly: unknown keys, missing
 * keys and values of the wrong type are refused with the key's name, rather than silently dropped or guessed at.
 * The id is checked too, because it names the article's folder in the site.
 */
public final class MarkdownReader {
    private static final List<String> REQUIRED_KEYS = List.of(ID, TITLE, SUMMARY, LANGUAGE, WORD_COUNT, SOURCE);
    private static final LoadSettings YAML = LoadSettings.builder()
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(0)
            .setLabel("front matter")
            // The front matter holds the furniture, as long as any paragraph of the dump: snakeyaml's default
            // bound of 3 MB refused what the writer had written. Aliases, the way YAML can grow, are refused.
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();

    private MarkdownReader() {}

    /**
     * Reads an article's Markdown document.
     *
     * @throws IllegalArgumentException if the document has no valid front matter
     */
    public static ArchivedArticle read(String markdown) {
        if (markdown == null) throw new IllegalArgumentException("document must not be null");
        if (!markdown.startsWith(FENCE)) {
            throw new IllegalArgumentException("no front matter: the document must start with a line '---'");
        }
        // Searching from the opening fence's own newline also finds a closing fence right after it.
        int close = markdown.indexOf("\n" + FENCE, FENCE.length() - 1);
        if (close < 0) throw new IllegalArgumentException("front matter is not closed by a line '---'");
        String yaml = markdown.substring(FENCE.length(), close + 1);
        String rest = markdown.substring(close + 1 + FENCE.length());
        String body = rest.startsWith("\n") ? rest.substring(1) : rest;
        return fromFrontMatter(mapping(parse(yaml), "front matter"), body);
    }

    private static Object parse(String yaml) {
        try {
            return new Load(YAML).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new IllegalArgumentException("front matter is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static ArchivedArticle fromFrontMatter(Map<String, Object> map, String body) {
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) throw new IllegalArgumentException("unknown front matter key '" + key + "'");
        }
        for (String key : REQUIRED_KEYS) {
            if (!map.containsKey(key)) throw new IllegalArgumentException("front matter lacks '" + key + "'");
        }
        String id = required(map, ID);
        if (!Article.isId(id)) {
            throw new IllegalArgumentException("'id' must match [a-z0-9_-]+: " + id);
        }
        Map<String, Object> sourceMap = mapping(map.get(SOURCE), SOURCE);
        for (String key : sourceMap.keySet()) {
            if (!key.equals(SOURCE_FILE) && !key.equals(SOURCE_SHA256)) {
                throw new IllegalArgumentException("unknown key '" + key + "' in 'source'");
            }
        }
        SourceFile source;
        try {
            source = new SourceFile(required(sourceMap, SOURCE_FILE), required(sourceMap, SOURCE_SHA256));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad 'source': " + e.getMessage(), e);
        }
        Metadata metadata;
        try {
            metadata = new Metadata(required(map, TITLE), required(map, SUMMARY), required(map, LANGUAGE),
                    optional(map, PUBLISHER), optionalInt(map, YEAR), optional(map, BYLINE), optional(map, PUBLISHED),
                    optional(map, URL), strings(map, AUTHORS), strings(map, TAGS), wordCount(map));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad front matter: " + e.getMessage(), e);
        }
        return new ArchivedArticle(id, source, metadata, asides(map), body);
    }

    private static List<Aside> asides(Map<String, Object> map) {
        if (!map.containsKey(ASIDES)) return List.of();
        Map<String, Object> groups = mapping(map.get(ASIDES), ASIDES);
        for (String key : groups.keySet()) {
            if (asideRole(key).isEmpty()) throw new IllegalArgumentException("unknown aside role '" + key + "'");
        }
        List<Aside> asides = new ArrayList<>();
        for (Role role : ASIDE_ROLES) {
            for (String markdown : strings(groups, key(role))) asides.add(new Aside(role, markdown));
        }
        return asides;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) throw new IllegalArgumentException("'" + what + "' must be a mapping");
        for (Object key : map.keySet()) {
            if (!(key instanceof String)) throw new IllegalArgumentException("'" + what + "' has a non-text key: " + key);
        }
        return (Map<String, Object>) map;
    }

    private static String required(Map<String, Object> map, String key) {
        if (!map.containsKey(key)) throw new IllegalArgumentException("front matter lacks '" + key + "'");
        return string(map.get(key), key);
    }

    private static Optional<String> optional(Map<String, Object> map, String key) {
        return map.containsKey(key) ? Optional.of(string(map.get(key), key)) : Optional.empty();
    }

    private static String string(Object value, String key) {
        if (value instanceof String s) return s;
        throw new IllegalArgumentException("'" + key + "' must be a string, not " + describe(value));
    }

    private static Optional<Integer> optionalInt(Map<String, Object> map, String key) {
        return map.containsKey(key) ? Optional.of(integer(map.get(key), key)) : Optional.empty();
    }

    private static int wordCount(Map<String, Object> map) {
        if (!map.containsKey(WORD_COUNT)) throw new IllegalArgumentException("front matter lacks '" + WORD_COUNT + "'");
        return integer(map.get(WORD_COUNT), WORD_COUNT);
    }

    private static int integer(Object value, String key) {
        if (value instanceof Integer i) return i;
        throw new IllegalArgumentException("'" + key + "' must be an integer, not " + describe(value));
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        if (!map.containsKey(key)) return List.of();
        if (!(map.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' must be a list of strings");
        }
        return list.stream().map(item -> string(item, key + "[]")).toList();
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
