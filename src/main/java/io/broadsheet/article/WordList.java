package io.broadsheet.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-sensitive alternation of words and phrases that finds the same matches as the whole pattern, but at each
 * position tries only the alternatives that can start with the character found there. Java's regex engine tries
 * every alternative of a list of hundreds at every position of the text, which made the furniture vocabulary the
 * classifier's costliest pattern.
 *
 * <p>The pattern is either a top-level alternation or one alternation group between a lookbehind and a lookahead,
 * {@code (?<!X)(?:a|b|...)(?!Y)}. An alternative whose first character is a plain literal is tried only where that
 * character stands; any other (a group, an escape, a class, an optional first character) is tried everywhere.
 * Alternatives keep their order, so where several match at a position the same one wins as in the whole pattern,
 * and the scan goes on from the end of each match as {@link Matcher#find()} does.
 */
final class WordList {
    /** The patterns of the alternatives that may match where a character stands, each once. */
    private final List<Pattern> patterns;
    /**
     * For each ASCII first character, and for each other one, the index in {@link #patterns} of the alternatives
     * that may match there, in their order; characters no alternative starts with get {@link #anywhere}.
     */
    private final int[] ascii = new int[128];
    private final Map<Character, Integer> others;
    /** The index of the alternatives that may start with any character, or -1 when there are none. */
    private final int anywhere;
    /**
     * What the lookbehind in front of the list refuses before a match, checked before the regex is asked: most
     * positions are inside words, where a list of whole words cannot start.
     */
    private final Behind behind;

    private enum Behind { NOTHING, LETTER, LETTER_OR_NUMBER }

    private WordList(Map<Character, Pattern> byFirst, Pattern anywhere, Behind behind) {
        List<Pattern> all = new ArrayList<>();
        this.behind = behind;
        this.anywhere = anywhere == null ? -1 : all.size();
        if (anywhere != null) all.add(anywhere);
        java.util.Arrays.fill(ascii, this.anywhere);
        Map<Character, Integer> rest = new java.util.HashMap<>();
        for (var e : new java.util.TreeMap<>(byFirst).entrySet()) {
            int index = all.size();
            all.add(e.getValue());
            if (e.getKey() < ascii.length) ascii[e.getKey()] = index;
            else rest.put(e.getKey(), index);
        }
        this.others = Map.copyOf(rest);
        this.patterns = List.copyOf(all);
    }

    /** A word list from a case-sensitive regex of the shape described above. */
    static WordList of(String regex) {
        String prefix = "";
        String suffix = "";
        List<String> alternatives = split(regex);
        if (alternatives.size() == 1) {
            // (?<!X)(?:a|b|...)(?!Y): dispatch on the group's alternatives, keeping the lookarounds around each.
            int open = regex.indexOf("(?:");
            int close = closing(regex, open);
            if (open < 0 || close < 0) throw new IllegalArgumentException("not a word list: " + regex);
            prefix = regex.substring(0, open);
            suffix = regex.substring(close + 1);
            // Dispatching on the group's first character is right only if nothing before it takes up characters.
            if (!prefix.isEmpty() && !(prefix.startsWith("(?<!") && closing(prefix, 0) == prefix.length() - 1)) {
                throw new IllegalArgumentException("not a word list, the group is not first: " + regex);
            }
            alternatives = split(regex.substring(open + 3, close));
        }
        Map<Character, List<String>> grouped = new LinkedHashMap<>();
        List<Integer> wildcards = new ArrayList<>();
        for (int k = 0; k < alternatives.size(); k++) {
            Character first = literalFirst(alternatives.get(k));
            if (first == null) wildcards.add(k);
            else grouped.computeIfAbsent(first, c -> new ArrayList<>());
        }
        Map<Character, Pattern> byFirst = new java.util.HashMap<>();
        for (Character c : grouped.keySet()) {
            List<String> mine = new ArrayList<>();
            for (String alternative : alternatives) {
                Character first = literalFirst(alternative);
                if (first == null || first.equals(c)) mine.add(alternative);
            }
            byFirst.put(c, compile(prefix, mine, suffix));
        }
        List<String> rest = new ArrayList<>();
        for (int k : wildcards) rest.add(alternatives.get(k));
        Behind behind = switch (prefix) {
            case "(?<!\\p{L})", "(?<![\\p{L}])" -> Behind.LETTER;
            case "(?<![\\p{L}\\p{N}])" -> Behind.LETTER_OR_NUMBER;
            default -> Behind.NOTHING;
        };
        return new WordList(byFirst, rest.isEmpty() ? null : compile(prefix, rest, suffix),
                behind);
    }

    private static Pattern compile(String prefix, List<String> alternatives, String suffix) {
        return Pattern.compile(prefix + "(?:" + String.join("|", alternatives) + ")" + suffix);
    }

    /** The alternative's first character when it is a plain literal that must be there, else null. */
    private static Character literalFirst(String alternative) {
        if (alternative.isEmpty()) return null;
        char c = alternative.charAt(0);
        if ("\\[(.^$|?*+{)".indexOf(c) >= 0 || Character.isSurrogate(c)) return null;
        if (alternative.length() > 1 && "?*{".indexOf(alternative.charAt(1)) >= 0) return null;
        return c;
    }

    /** The top-level alternatives of a regex, split at the bars outside groups, classes and escapes. */
    private static List<String> split(String regex) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean inClass = false;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }

    /** Index of the parenthesis closing the group opened at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        if (open < 0) return -1;
        int depth = 0;
        boolean inClass = false;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the list occurs in the text. */
    boolean find(String text) {
        return first(text) != null;
    }

    /**
     * A matcher on the first match ({@link Matcher#start()}, {@link Matcher#end()} and {@link Matcher#group()}
     * give it), or null when there is none.
     */
    Matcher first(String text) {
        return next(new Matcher[patterns.size()], text, 0);
    }

    /** How many times the list occurs in the text, matches not overlapping. */
    int count(String text) {
        Matcher[] matchers = new Matcher[patterns.size()];
        int c = 0;
        int from = 0;
        Matcher m;
        while ((m = next(matchers, text, from)) != null) {
            c++;
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return c;
    }

    /**
     * The matcher on the first match at or after {@code from}, or null; {@code matchers} holds the scan's matcher
     * for each of the {@link #patterns}, made when first needed.
     */
    private Matcher next(Matcher[] matchers, String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            int k = c < ascii.length ? ascii[c] : others.getOrDefault(c, anywhere);
            if (k < 0 || i > 0 && refusedAfter(text.codePointBefore(i))) continue;
            Matcher m = matchers[k];
            if (m == null) {
                m = patterns.get(k).matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                matchers[k] = m;
            }
            m.region(i, n);
            if (m.lookingAt()) return m;
        }
        return null;
    }

    private boolean refusedAfter(int before) {
        return switch (behind) {
            case NOTHING -> false;
            case LETTER -> Character.isLetter(before);
            case LETTER_OR_NUMBER -> Character.isLetter(before) || isNumber(before);
        };
    }

    /** Java's {@code \p{N}}. */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
