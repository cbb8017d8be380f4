package io.broadsheet.article;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the whole archive shows about its paragraphs, for signals no single page gives: how many dumps each
 * normalised paragraph text occurs in. It depends only on the set of dumps, never on the order they were read.
 */
public final class ArchiveProfile {
    /** A profile of an archive of one dump, which gives no cross-dump signal. */
    public static final ArchiveProfile EMPTY = new ArchiveProfile(Map.of());

    /** Paragraphs shorter than this are too generic ("Kontakt") to say anything about a site's furniture. */
    private static final int MIN_LENGTH = 12;

    private final Map<String, Integer> dumpsByText;

    private ArchiveProfile(Map<String, Integer> dumpsByText) {
        this.dumpsByText = Map.copyOf(dumpsByText);
    }

    /** The profile of an archive, given every dump's raw paragraphs. */
    public static ArchiveProfile of(Collection<List<String>> dumps) {
        Objects.requireNonNull(dumps, "dumps");
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> dump : dumps) {
            Set<String> seen = new HashSet<>();
            for (String raw : dump) {
                String key = normalise(Features.of(HtmlSanitizer.sanitize(raw)).text());
                if (key.length() >= MIN_LENGTH && seen.add(key)) counts.merge(key, 1, Integer::sum);
            }
        }
        return new ArchiveProfile(counts);
    }

    /** In how many dumps of the archive a paragraph with this text occurs (0 for text it has not seen). */
    public int dumpsContaining(String text) {
        return dumpsByText.getOrDefault(normalise(text), 0);
    }

    /** Whether a paragraph with this text occurs in more than one dump: the mark of a site's page furniture. */
    public boolean isRepeated(String text) {
        return dumpsContaining(text) > 1;
    }

    /**
     * Case, spacing and punctuation vary between copies of the same furniture; words and numbers do not, and
     * numbers are often all that tells two reports of one series apart.
     */
    static String normalise(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
