package io.broadsheet.markdown;

import io.broadsheet.article.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout of an archived article's front matter, shared by {@link MarkdownWriter} and {@link MarkdownReader}
 * so that the two cannot drift apart.
 */
final class FrontMatter {
    /** The line that opens and closes the front matter. */
    static final String FENCE = "---\n";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String LANGUAGE = "language";
    static final String PUBLISHER = "publisher";
    static final String YEAR = "year";
    static final String BYLINE = "byline";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String AUTHORS = "authors";
    static final String TAGS = "tags";
    static final String WORD_COUNT = "word_count";
    static final String SOURCE = "source";
    static final String SOURCE_FILE = "file";
    static final String SOURCE_SHA256 = "sha256";
    static final String ASIDES = "asides";

    /** Every top-level key, in the order they are written. */
    static final List<String> KEYS = List.of(ID, TITLE, SUMMARY, LANGUAGE, PUBLISHER, YEAR, BYLINE, PUBLISHED, URL,
            AUTHORS, TAGS, WORD_COUNT, SOURCE, ASIDES);

    /** The roles whose paragraphs are asides, in the order their groups are written. */
    static final List<Role> ASIDE_ROLES = List.of(Role.values()).stream().filter(r -> !r.isReadingView()).toList();

    private FrontMatter() {}

    /** The key of a role's group of asides, such as {@code attribution}. */
    static String key(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    /** The aside role a group key names, if any. */
    static Optional<Role> asideRole(String key) {
        return ASIDE_ROLES.stream().filter(r -> key(r).equals(key)).findFirst();
    }
}
