package io.broadsheet.site;

import java.util.Locale;

/**
 * Derives an article's id from its dump's file name: the name without {@code .txt}, lowercased, with every
 * character outside {@code [a-z0-9_-]} replaced by {@code -}. The id names the article's folder, so it must never
 * carry a path separator or a dot, whatever the file is called.
 */
public final class ArticleId {
    private ArticleId() {}

    /**
     * The id for a dump file name.
     *
     * @throws IllegalArgumentException if the name does not end in {@code .txt} or leaves an empty id
     */
    public static String of(String fileName) {
        if (!fileName.endsWith(".txt")) throw new IllegalArgumentException("not a .txt file: " + fileName);
        String stem = fileName.substring(0, fileName.length() - ".txt".length()).toLowerCase(Locale.ROOT);
        if (stem.isEmpty()) throw new IllegalArgumentException("file name leaves an empty id: " + fileName);
        if (allIdChars(stem)) return stem;
        StringBuilder id = new StringBuilder(stem.length());
        stem.codePoints().forEach(c -> id.append(isIdChar(c) ? (char) c : '-'));
        return id.toString();
    }

    /** A loop, not a stream: a large archive's hundred thousand names are checked at the start of every build. */
    private static boolean allIdChars(String stem) {
        for (int i = 0; i < stem.length(); i++) if (!isIdChar(stem.charAt(i))) return false;
        return true;
    }

    private static boolean isIdChar(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }
}
