package io.broadsheet.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-sensitive alternation of words and phrases that finds the same matches as the whole pattern, but at each
 * position tries only the alternatives that can start with the character found there. Java's regex engine tries
 * every alternative of a list of hundreds at every position of the text, which made the furniture vocabulary the
 * classifier's costliest pattern.
 *
 * <p>The pattern is either a top-level alternation or one alternation group between a lookbehind and a lookahead,
 * {@code (?<!X)(?:a|b|...)(?!Y)}. Each alternative is tried only where one of the characters it can start with
 * stands (a literal, a class of literals, the first characters of a group, of what follows an optional part), and
 * only where the text goes on with its literal opening; one whose start cannot be told (a property class, a dot)
 * is tried everywhere. An alternative that is a plain word, between lookarounds on letters (and numbers), is
 * compared as a string without the regex engine. Alternatives keep their order, so where several match at a position the same one wins as
 * in the whole pattern, and the scan goes on from the end of each match as {@link Matcher#find()} does.
 */
final class WordList {
    /**
     * One alternative of the list: its literal opening, which the text must go on with for it to match; whether it
     * is that literal and nothing more, matched without the regex engine; otherwise its own pattern, lookarounds
     * included, and the index of that pattern's matcher in a scan.
     */
    private record Alternative(String opening, boolean literal, Pattern pattern, int index, int order) {}

    /**
     * Where a scan goes at a character that some alternative may start with: the alternatives that need the regex
     * engine there, in their order; the literals are found in the {@link #literals trie}.
     */
    private record Route(Alternative[] alternatives) {}

    /**
     * The literal alternatives as a trie: one walk along the text finds every literal that starts at a position,
     * where comparing each of them with the text in turn made string comparisons the list's main cost.
     */
    private final Node literals;

    private final Route[] ascii = new Route[128];
    private final Map<Character, Route> others;
    /** The route of the alternatives that may start with any character, or null when there are none. */
    private final Route anywhere;
    /** How many alternatives have a pattern of their own. */
    private final int patterns;
    /** What the lookahead after the list refuses after a match, for the alternatives matched as literals. */
    private final Refusal ahead;
    /**
     * What the lookbehind in front of the list refuses before a match, checked before the regex is asked: most
     * positions are inside words, where a list of whole words cannot start.
     */
    private final Refusal behind;

    /** What a negative lookaround of the list refuses next to a match. */
    private enum Refusal { NOTHING, LETTER, LETTER_OR_NUMBER }

    private WordList(Map<Character, Route> byFirst, Route anywhere, int patterns, Refusal behind, Refusal ahead,
                     Node literals) {
        this.literals = literals;
        this.anywhere = anywhere;
        this.patterns = patterns;
        this.behind = behind;
        this.ahead = ahead;
        Arrays.fill(ascii, anywhere);
        Map<Character, Route> rest = new HashMap<>();
        byFirst.forEach((c, route) -> {
            if (c < ascii.length) ascii[c] = route;
            else rest.put(c, route);
        });
        this.others = Map.copyOf(rest);
    }

    /** A word list from a case-sensitive regex of the shape described above. */
    static WordList of(String regex) {
        if (regex.contains("(?i")) throw new IllegalArgumentException("not case-sensitive: " + regex);
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
        Refusal behind = lookaround(prefix, "(?<!");
        Refusal ahead = lookaround(suffix, "(?!");
        // Literals are matched without the regex engine only where the lookarounds are ones this class checks.
        boolean literals = behind != null && ahead != null;
        // Each alternative that spells out a few strings is replaced, in place, by them in the order the regex
        // engine tries them (a greedy option with before without, a group's branches left to right): trying them
        // one by one, the lookahead after each, finds the match backtracking would find.
        List<String> spelled = new ArrayList<>();
        List<Boolean> literal = new ArrayList<>();
        for (String alternative : alternatives) {
            List<String> strings = literals ? spellings(alternative) : null;
            if (strings == null) {
                spelled.add(alternative);
                literal.add(false);
            } else {
                spelled.addAll(strings);
                for (int k = 0; k < strings.size(); k++) literal.add(true);
            }
        }
        List<Set<Character>> firsts = new ArrayList<>();
        SortedSet<Character> all = new TreeSet<>();
        for (int k = 0; k < spelled.size(); k++) {
            Set<Character> f = literal.get(k) ? Set.of(spelled.get(k).charAt(0))
                    : firstChars(spelled.get(k));
            firsts.add(f);
            if (f != null) all.addAll(f);
        }
        List<Alternative> made = new ArrayList<>();
        int index = 0;
        for (int k = 0; k < spelled.size(); k++) {
            String alternative = spelled.get(k);
            String opening = literal.get(k) ? alternative
                    : firsts.get(k) == null ? "" : literalOpening(alternative);
            made.add(literal.get(k) ? new Alternative(opening, true, null, -1, k)
                    : new Alternative(opening, false, compile(prefix, List.of(alternative), suffix), index++, k));
        }
        alternatives = spelled;
        Map<Character, Route> byFirst = new HashMap<>();
        for (char c : all) {
            List<Alternative> mine = new ArrayList<>();
            for (int k = 0; k < alternatives.size(); k++) {
                if (!literal.get(k) && (firsts.get(k) == null || firsts.get(k).contains(c))) mine.add(made.get(k));
            }
            byFirst.put(c, new Route(mine.toArray(Alternative[]::new)));
        }
        List<Alternative> rest = new ArrayList<>();
        for (int k = 0; k < alternatives.size(); k++) if (firsts.get(k) == null) rest.add(made.get(k));
        Route anywhere = rest.isEmpty() ? null : new Route(rest.toArray(Alternative[]::new));
        NodeBuilder trie = new NodeBuilder();
        for (Alternative a : made) if (a.literal()) trie.add(a.opening(), 0, a.order());
        return new WordList(byFirst, anywhere, index, behind == null ? Refusal.NOTHING : behind,
                ahead == null ? Refusal.NOTHING : ahead, trie.build());
    }

    /**
     * What a negative lookaround of the given kind refuses, if it is one this class checks itself; {@link
     * Refusal#NOTHING} for none; null for any other.
     */
    private static Refusal lookaround(String regex, String kind) {
        if (regex.isEmpty()) return Refusal.NOTHING;
        if (regex.equals(kind + "\\p{L})") || regex.equals(kind + "[\\p{L}])")) return Refusal.LETTER;
        if (regex.equals(kind + "[\\p{L}\\p{N}])")) return Refusal.LETTER_OR_NUMBER;
        return null;
    }

    private static Pattern compile(String prefix, List<String> alternatives, String suffix) {
        return Pattern.compile(prefix + "(?:" + String.join("|", alternatives) + ")" + suffix);
    }

    private static final String SPECIAL = "\\[](){}.*+?^$|";

    /** Most strings one alternative is spelled out into; beyond this the regex engine is cheaper. */
    private static final int MAX_SPELLINGS = 64;

    /**
     * The strings an alternative matches, in the order the regex engine tries them, or null when it is more than
     * literals, classes of literal characters, non-capturing groups and greedy {@code ?}, or spells out too many.
     */
    static List<String> spellings(String regex) {
        List<String> out = spell(regex, 0, regex.length());
        if (out == null) return null;
        for (String s : out) if (s.isEmpty()) return null;
        return out;
    }

    private static List<String> spell(String regex, int from, int to) {
        List<List<String>> branches = new ArrayList<>();
        int start = from;
        List<Integer> bars = new ArrayList<>();
        walk(regex.substring(from, to), 0, (i, c, depth) -> {
            if (c == '|' && depth == 0) bars.add(from + i);
            return false;
        });
        bars.add(to);
        List<String> out = new ArrayList<>();
        for (int end : bars) {
            List<String> branch = spellSequence(regex, start, end);
            if (branch == null) return null;
            out.addAll(branch);
            if (out.size() > MAX_SPELLINGS) return null;
            start = end + 1;
        }
        return out;
    }

    /** The strings a sequence without top-level bars matches, in the engine's order, or null. */
    private static List<String> spellSequence(String regex, int from, int to) {
        List<String> out = new ArrayList<>(List.of(""));
        int p = from;
        while (p < to) {
            char c = regex.charAt(p);
            List<String> item;
            int end;
            if (c == '(') {
                if (!regex.startsWith("(?:", p)) return null;
                int close = closing(regex, p);
                if (close < 0 || close >= to) return null;
                item = spell(regex, p + 3, close);
                end = close + 1;
            } else if (c == '[') {
                StringBuilder members = new StringBuilder();
                int close = classEnd(regex, p, to, members);
                if (close < 0 || members.length() == 0) return null;
                item = new ArrayList<>();
                for (int i = 0; i < members.length(); i++) item.add(String.valueOf(members.charAt(i)));
                end = close + 1;
            } else if (c == '\\') {
                if (p + 1 >= to || Character.isLetterOrDigit(regex.charAt(p + 1))
                        || Character.isSurrogate(regex.charAt(p + 1))) {
                    return null;
                }
                item = List.of(String.valueOf(regex.charAt(p + 1)));
                end = p + 2;
            } else if (SPECIAL.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            } else {
                item = List.of(String.valueOf(c));
                end = p + 1;
            }
            if (item == null) return null;
            if (end < to && "*+{".indexOf(regex.charAt(end)) >= 0) return null;
            if (end < to && regex.charAt(end) == '?') {
                // Only a greedy option: a lazy or possessive one is tried in another order.
                if (end + 1 < to && (regex.charAt(end + 1) == '?' || regex.charAt(end + 1) == '+')) return null;
                List<String> optional = new ArrayList<>(item);
                optional.add("");
                item = optional;
                end++;
            }
            List<String> next = new ArrayList<>();
            for (String head : out) for (String tail : item) next.add(head + tail);
            if (next.size() > MAX_SPELLINGS) return null;
            out = next;
            p = end;
        }
        return out;
    }

    /** The literal characters every match of the alternative opens with; may be empty. */
    private static String literalOpening(String alternative) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || Character.isSurrogate(c)) break;
            if (i + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(i + 1)) >= 0) break;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * Reads the character class opening at {@code open} into {@code members}. Only classes of plain characters and
     * escaped punctuation are read: no negation, ranges, nested classes or properties.
     *
     * @return the index of the class's closing bracket, or -1 if the class is of another kind or not closed before
     *         {@code to}
     */
    private static int classEnd(String regex, int open, int to, StringBuilder members) {
        int i = open + 1;
        if (i < to && regex.charAt(i) == '^') return -1;
        for (; i < to && regex.charAt(i) != ']'; i++) {
            char m = regex.charAt(i);
            if (m == '\\') {
                if (i + 1 >= to || Character.isLetterOrDigit(regex.charAt(i + 1))) return -1;
                members.append(regex.charAt(++i));
            } else if (m == '-' && i + 1 < to && regex.charAt(i + 1) != ']' || m == '[' || m == '&'
                    || Character.isSurrogate(m)) {
                return -1;
            } else {
                members.append(m);
            }
        }
        return i < to ? i : -1;
    }

    /**
     * The characters a match of the regex (one alternative, no top-level bar) can start with, or null when that
     * cannot be told simply or the regex can match the empty string.
     */
    static Set<Character> firstChars(String regex) {
        int p = 0;
        int n = regex.length();
        // Zero-width assertions take up no character: the first one is after them.
        while (true) {
            if (regex.startsWith("\\b", p)) {
                p += 2;
            } else if (regex.startsWith("(?<!", p) || regex.startsWith("(?<=", p) || regex.startsWith("(?!", p)
                    || regex.startsWith("(?=", p)) {
                int close = closing(regex, p);
                if (close < 0) return null;
                p = close + 1;
            } else {
                break;
            }
        }
        if (p >= n) return null;
        Set<Character> set = new TreeSet<>();
        char c = regex.charAt(p);
        int end;
        if (c == '(') {
            if (!regex.startsWith("(?:", p)) return null;
            int close = closing(regex, p);
            if (close < 0) return null;
            for (String inner : split(regex.substring(p + 3, close))) {
                Set<Character> f = firstChars(inner);
                if (f == null) return null;
                set.addAll(f);
            }
            end = close + 1;
        } else if (c == '[') {
            StringBuilder members = new StringBuilder();
            int close = classEnd(regex, p, n, members);
            if (close < 0) return null;
            for (int i = 0; i < members.length(); i++) set.add(members.charAt(i));
            end = close + 1;
        } else if (c == '\\') {
            if (p + 1 >= n || Character.isLetterOrDigit(regex.charAt(p + 1))) return null;
            set.add(regex.charAt(p + 1));
            end = p + 2;
        } else if (".^$)|*+?{".indexOf(c) >= 0 || Character.isSurrogate(c)) {
            return null;
        } else {
            set.add(c);
            end = p + 1;
        }
        if (set.isEmpty()) return null;
        // An optional first part lets the match start with what follows it as well.
        if (end < n && (regex.charAt(end) == '?' || regex.charAt(end) == '*' || regex.startsWith("{0", end))) {
            int after = end + 1;
            if (regex.charAt(end) == '{') after = regex.indexOf('}', end) + 1;
            if (after < n && (regex.charAt(after) == '?' || regex.charAt(after) == '+')) after++;
            Set<Character> rest = firstChars(regex.substring(after));
            if (rest == null) return null;
            set.addAll(rest);
        }
        return set;
    }

    /** The top-level alternatives of a regex, split at the bars outside groups, classes and escapes. */
    private static List<String> split(String regex) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        walk(regex, 0, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                out.add(regex.substring(start[0], i));
                start[0] = i + 1;
            }
            return false;
        });
        out.add(regex.substring(start[0]));
        return out;
    }

    /** Index of the parenthesis closing the group opened at {@code open}, or -1. */
    private static int closing(String regex, int open) {
        if (open < 0) return -1;
        return walk(regex, open, (i, c, depth) -> c == ')' && depth == 0);
    }

    /** What {@link #walk} shows of a regex's structure. */
    private interface Structure {
        /** Called at a parenthesis or bar, with the group depth after it; true stops the walk there. */
        boolean stopAt(int index, char c, int depth);
    }

    /**
     * Walks a regex from {@code from}, stepping over escapes and character classes, whose parentheses and bars are
     * literal; returns the index at which {@code structure} stopped the walk, or -1.
     */
    private static int walk(String regex, int from, Structure structure) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') inClass = false;
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' || c == ')' || c == '|') {
                if (c == '(') depth++;
                if (c == ')') depth--;
                if (structure.stopAt(i, c, depth)) return i;
            }
        }
        return -1;
    }

    /** Whether the list occurs in the text. */
    boolean find(String text) {
        return first(text) != null;
    }

    /** The first match as {start, end}, or null when there is none. */
    int[] first(String text) {
        Matcher[] matchers = new Matcher[patterns];
        for (int i = 0; i < text.length(); i++) {
            int end = matchAt(matchers, text, i);
            if (end >= 0) return new int[] {i, end};
        }
        return null;
    }

    /** How many times the list occurs in the text, matches not overlapping. */
    int count(String text) {
        Matcher[] matchers = new Matcher[patterns];
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            int end = matchAt(matchers, text, i);
            if (end < 0) continue;
            c++;
            // As Matcher.find goes on: from the end of the match, or one further after an empty one.
            if (end > i) i = end - 1;
        }
        return c;
    }

    /**
     * The end of the match starting at {@code i}, or -1; {@code matchers} holds the scan's matcher for each
     * alternative with a pattern, made when first needed.
     */
    private int matchAt(Matcher[] matchers, String text, int i) {
        char c = text.charAt(i);
        Route route = c < ascii.length ? ascii[c] : others.getOrDefault(c, anywhere);
        // Inside a word, where most positions are, a list of whole words cannot start: one look back settles it.
        if (route == null || i > 0 && refusedAfter(before(text, i))) return -1;
        // The literal that the whole pattern would take here is the earliest in the list that matches.
        int best = Integer.MAX_VALUE;
        int bestEnd = -1;
        Node node = literals;
        for (int j = i; j < text.length() && (node = node.child(text.charAt(j))) != null; j++) {
            int end = j + 1;
            if (node.order() < best && (end == text.length() || !refusedBefore(text.codePointAt(end)))) {
                best = node.order();
                bestEnd = end;
            }
        }
        for (Alternative alternative : route.alternatives()) {
            if (alternative.order() > best) break;
            if (!text.startsWith(alternative.opening(), i)) continue;
            Matcher m = matchers[alternative.index()];
            if (m == null) {
                m = alternative.pattern().matcher(text);
                m.useTransparentBounds(true).useAnchoringBounds(false);
                matchers[alternative.index()] = m;
            }
            m.region(i, text.length());
            if (m.lookingAt()) return m.end();
        }
        return bestEnd;
    }

    /** The code point before index {@code i}. */
    private static int before(String text, int i) {
        char c = text.charAt(i - 1);
        return Character.isLowSurrogate(c) ? text.codePointBefore(i) : c;
    }

    /**
     * A trie node: the characters that go on from it, sorted, with their nodes, and the order in the list of the
     * earliest literal ending here ({@link Integer#MAX_VALUE} for none). A node with many children, such as the
     * root, which is asked at the start of every word, also finds its ASCII ones in a table.
     */
    private record Node(char[] keys, Node[] children, int order, Node[] ascii) {
        private static final int TABLE_FROM = 8;

        Node(char[] keys, Node[] children, int order) {
            this(keys, children, order, keys.length < TABLE_FROM ? null : table(keys, children));
        }

        private static Node[] table(char[] keys, Node[] children) {
            Node[] table = new Node[128];
            for (int k = 0; k < keys.length && keys[k] < 128; k++) table[keys[k]] = children[k];
            return table;
        }

        Node child(char c) {
            if (ascii != null && c < 128) return ascii[c];
            if (keys.length < TABLE_FROM) {
                for (int k = 0; k < keys.length; k++) if (keys[k] == c) return children[k];
                return null;
            }
            int at = Arrays.binarySearch(keys, c);
            return at < 0 ? null : children[at];
        }
    }

    /** Gathers literals into a trie, then freezes it into {@link Node}s. */
    private static final class NodeBuilder {
        private final java.util.TreeMap<Character, NodeBuilder> children = new java.util.TreeMap<>();
        private int order = Integer.MAX_VALUE;

        void add(String literal, int from, int literalOrder) {
            if (from == literal.length()) {
                order = Math.min(order, literalOrder);
                return;
            }
            children.computeIfAbsent(literal.charAt(from), k -> new NodeBuilder()).add(literal, from + 1, literalOrder);
        }

        Node build() {
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, NodeBuilder> e : children.entrySet()) {
                keys[k] = e.getKey();
                nodes[k++] = e.getValue().build();
            }
            return new Node(keys, nodes, order);
        }
    }

    private boolean refusedBefore(int after) {
        if (after < 0x80) return ahead != Refusal.NOTHING && isAsciiLetterOrDigit(after, ahead);
        return switch (ahead) {
            case NOTHING -> false;
            case LETTER -> Character.isLetter(after);
            case LETTER_OR_NUMBER -> Character.isLetter(after) || isNumber(after);
        };
    }

    private boolean refusedAfter(int before) {
        if (before < 0x80) return behind != Refusal.NOTHING && isAsciiLetterOrDigit(before, behind);
        return switch (behind) {
            case NOTHING -> false;
            case LETTER -> Character.isLetter(before);
            case LETTER_OR_NUMBER -> Character.isLetter(before) || isNumber(before);
        };
    }

    /** For an ASCII character: whether the refusal refuses it, a letter, or a digit where numbers count. */
    private static boolean isAsciiLetterOrDigit(int c, Refusal refusal) {
        boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        return letter || refusal == Refusal.LETTER_OR_NUMBER && c >= '0' && c <= '9';
    }

    /** Java's {@code \p{N}}. */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
