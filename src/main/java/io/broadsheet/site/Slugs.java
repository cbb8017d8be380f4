package io.broadsheet.site;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Folder names for publishers and topics: lowercase ASCII letters, digits and hyphens, so that they are safe in
 * any file system and readable in an address. Names that differ only in accents or punctuation, or that are in a
 * script without an ASCII form, would share a folder; those get {@code -2}, {@code -3}... in the order of their
 * names, so the same set of names always gets the same folders.
 */
final class Slugs {
    /** Long enough to tell names apart, short enough for any file system's name limit. */
    private static final int MAX_LENGTH = 60;

    // Compiled once: a large archive has thousands of topics.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {}

    /** A distinct slug for each name; {@code fallback} stands in for a name that has no ASCII letters or digits. */
    static Map<String, String> assign(Collection<String> names, String fallback) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String name : new TreeSet<>(names)) {
            String base = of(name);
            if (base.isEmpty()) base = fallback;
            String slug = base;
            for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
            slugs.put(name, slug);
        }
        return slugs;
    }

    /** The slug of one name, before collisions are resolved; empty if it has no ASCII letters or digits. */
    static String of(String name) {
        String marked = Normalizer.normalize(name, Normalizer.Form.NFKD);
        String ascii = OTHER.matcher(MARKS.matcher(marked).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("-");
        ascii = EDGE_HYPHENS.matcher(ascii).replaceAll("");
        if (ascii.length() > MAX_LENGTH) ascii = TRAILING_HYPHENS.matcher(ascii.substring(0, MAX_LENGTH)).replaceAll("");
        return ascii;
    }
}
