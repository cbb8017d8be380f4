package io.broadsheet.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The measures the classifier weighs for one paragraph in its page: what the paragraph shows on its own, what
 * its neighbours show and where it stands relative to the page's main block of prose.
 */
final class Signals {
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:i|i'm|my|me|ich|mein|meine|mich|mir|je|j'|mon|ma|mes|yo|mi|mis|eu|meu|minha|io|"
            + "mio|mia|ja|mój|moja|mnie)(?!\\p{L})");
    private static final Pattern WE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:we|our|us|wir|unser|unsere|unseren|unserem|uns|nous|notre|nos|nosotros|nuestro|"
            + "nuestra|nuestros|nós|nosso|nossa|noi|nostro|nostra|my|nasz|nasza|nasze)(?!\\p{L})");
    private static final Pattern YOU = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:you|your|sie|ihr|ihre|ihren|dich|dir|du|dein|deine|vous|votre|vos|tu|ton|ta|"
            + "usted|ustedes|su|tú|você|seu|sua|voi|vostro|pan|pani|państwo|twój)(?!\\p{L})");
    /*
     * The word lists again, for lowercased text: Java's case-insensitive matching folds every character at every
     * position it tries, which made these lists a large share of the build's time. All their words are lowercase.
     */
    private static final WordList FIRST_PERSON_LOWER = lowercaseOnly(FIRST_PERSON);
    private static final WordList WE_LOWER = lowercaseOnly(WE);
    private static final WordList YOU_LOWER = lowercaseOnly(YOU);
    private static final WordList FURNITURE_LOWER = lowercaseOnly(Lexicon.FURNITURE);
    private static final Pattern CONTACT_WORD = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:tel|fax|e-mail|email|telefon|phone)\\b");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");

    /** Names of the measures, in vector order, for documentation and diagnostics. */
    static final List<String> NAMES = List.of("bias", "logWords", "stopShare", "linkDensity", "sentenceEnd",
            "hasSentence", "furnitureCue", "wholeBold", "relativePosition", "first", "last", "shareOfWords",
            "prevLogWords", "nextLogWords", "prevStopShare", "nextStopShare", "prevCue", "nextCue",
            "windowLogWords", "windowLinkDensity", "inMainBlock", "logDistanceToBlock", "digitShare",
            "capitalisedShare", "firstPerson", "repeated", "under5Words", "under10Words", "atLeast20Words",
            "atLeast50Words", "stopShareOver25", "cohesion", "cohesionKnown", "wePlural",
            "youAddress", "ellipsisEnd", "contact", "dateOrTime", "duplicateInPage", "afterBlockEnd",
            "beforeBlockStart", "furnitureCueAnyLength", "furnitureCueDensity", "aboutSomeone", "anchorCohesion", "anchorUnrelated",
            "ellipsisNearby", "ellipsisInRun", "similarNeighbours", "afterLongest");

    private Signals() {}

    /**
     * Every paragraph's measures.
     *
     * @param archiveCounts for each paragraph, in how many dumps of the archive its text occurs
     *                      ({@link ArchiveProfile#dumpsContaining}), counted once by the caller since it costs a digest
     * @param stopShares    each paragraph's {@link Features#stopwordShare share of stop words}, which the caller
     *                      has already taken
     * @param block         the main block of prose, first and last index (last before first when there is none)
     */
    static double[][] vectors(List<Features> paragraphs, Lexicon lexicon, double[] stopShares, int[] archiveCounts,
                              int[] block) {
        int n = paragraphs.size();
        double[] logWords = new double[n];
        double[] stop = new double[n];
        double[] cue = new double[n];
        String[] lowered = new String[n];
        // The furniture vocabulary is the costliest pattern of all: it is run over each paragraph once.
        int[] furnitureWords = new int[n];
        double totalWords = 0;
        for (int i = 0; i < n; i++) {
            Features f = paragraphs.get(i);
            logWords[i] = Math.log1p(f.words());
            stop[i] = stopShares[i];
            lowered[i] = f.text().toLowerCase(Locale.ROOT);
            furnitureWords[i] = FURNITURE_LOWER.count(lowered[i]);
            cue[i] = f.words() < 25 && furnitureWords[i] > 0 ? 1 : 0;
            totalWords += f.words();
        }
        List<java.util.Set<String>> vocab = new java.util.ArrayList<>(n);
        for (Features f : paragraphs) vocab.add(contentWords(f.text(), lexicon));
        double[] cohesion = cohesion(vocab, block);
        double[] anchored = anchorCohesion(paragraphs, vocab, block);
        boolean[] ellipsis = new boolean[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            ellipsis[i] = endsWithEllipsis(paragraphs.get(i).text());
            if (paragraphs.get(i).words() > paragraphs.get(longest).words()) longest = i;
        }
        java.util.Map<String, Integer> duplicates = new java.util.HashMap<>();
        for (Features f : paragraphs) duplicates.merge(f.text(), 1, Integer::sum);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            Features f = paragraphs.get(i);
            String t = f.text();
            String lower = lowered[i];
            double windowWords = 0;
            double windowLinks = 0;
            int windowSize = 0;
            for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
                windowWords += logWords[j];
                windowLinks += paragraphs.get(j).linkDensity();
                windowSize++;
            }
            boolean inBlock = i >= block[0] && i <= block[1];
            int distance = inBlock ? 0 : block[1] < block[0] ? n : i < block[0] ? block[0] - i : i - block[1];
            int chars = Math.max(1, t.length());
            int words = Math.max(1, f.words());
            out[i] = new double[] {
                1,
                logWords[i],
                stop[i],
                f.linkDensity(),
                f.sentenceEnd() ? 1 : 0,
                f.sentences() > 0 ? 1 : 0,
                cue[i],
                f.wholeBold() ? 1 : 0,
                n == 1 ? 0 : i / (double) (n - 1),
                i == 0 ? 1 : 0,
                i == n - 1 ? 1 : 0,
                totalWords == 0 ? 0 : f.words() / totalWords,
                i > 0 ? logWords[i - 1] : 0,
                i < n - 1 ? logWords[i + 1] : 0,
                i > 0 ? stop[i - 1] : 0,
                i < n - 1 ? stop[i + 1] : 0,
                i > 0 ? cue[i - 1] : 0,
                i < n - 1 ? cue[i + 1] : 0,
                windowWords / windowSize,
                windowLinks / windowSize,
                inBlock ? 1 : 0,
                Math.log1p(distance),
                digits(t) / (double) chars,
                Math.min(1, capitals(t) / (double) words),
                Math.min(1, FIRST_PERSON_LOWER.count(lower) / (double) words * 5),
                archiveCounts[i] > 1 ? 1 : 0,
                f.words() < 5 ? 1 : 0,
                f.words() < 10 ? 1 : 0,
                f.words() >= 20 ? 1 : 0,
                f.words() >= 50 ? 1 : 0,
                stop[i] >= 0.25 ? 1 : 0,
                Double.isNaN(cohesion[i]) ? 0 : cohesion[i],
                Double.isNaN(cohesion[i]) ? 0 : 1,
                Math.min(1, WE_LOWER.count(lower) / (double) words * 5),
                Math.min(1, YOU_LOWER.count(lower) / (double) words * 5),
                ellipsis[i] ? 1 : 0,
                hasContact(t, lower) ? 1 : 0,
                hasDateOrTime(t) ? 1 : 0,
                duplicates.get(t) > 1 && !t.isEmpty() ? 1 : 0,
                block[1] >= block[0] && i > block[1] ? 1 : 0,
                block[1] >= block[0] && i < block[0] ? 1 : 0,
                furnitureWords[i] > 0 ? 1 : 0,
                Math.min(1, furnitureWords[i] * 10.0 / words),
                Math.min(1, FoldedPattern.ABOUT.count(t, FoldedPattern.lower(t)) * 10.0 / words),
                anchored[i],
                anchored[i] == 0 ? 1 : 0,
                Math.min(1, countAround(ellipsis, i, 2) / 2.0),
                ellipsis[i] ? Math.min(1, countAround(ellipsis, i, 2) / 2.0) : 0,
                similarNeighbours(paragraphs, i) / 6.0,
                i > longest ? 1 : 0,
            };
        }
        return out;
    }

    /**
     * How much of each paragraph's vocabulary the rest of the main block shares: an article keeps to its topic,
     * while teasers of other articles, author notes and site blurbs speak of other things. NaN when the paragraph
     * has no content words.
     */
    static double[] cohesion(List<java.util.Set<String>> vocab, int[] block) {
        int n = vocab.size();
        java.util.Map<String, Integer> inBlock = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (i >= block[0] && i <= block[1]) for (String w : vocab.get(i)) inBlock.merge(w, 1, Integer::sum);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Set<String> words = vocab.get(i);
            if (words.isEmpty()) {
                out[i] = Double.NaN;
                continue;
            }
            boolean self = i >= block[0] && i <= block[1];
            int shared = 0;
            for (String w : words) if (inBlock.getOrDefault(w, 0) - (self ? 1 : 0) > 0) shared++;
            out[i] = shared / (double) words.size();
        }
        return out;
    }

    /**
     * How much vocabulary a paragraph shares with the article's anchors, the longest paragraphs of the main block
     * (Jaccard overlap of content words, the paragraph itself left out). The anchors are where an article states
     * its topic; a teaser of another story or a note about the site shares little with them even when it sits
     * inside the block, which the block-wide {@link #cohesion} cannot see.
     */
    static double[] anchorCohesion(List<Features> paragraphs, List<java.util.Set<String>> vocab, int[] block) {
        int n = paragraphs.size();
        List<Integer> anchors = new java.util.ArrayList<>();
        for (int i = Math.max(0, block[0]); i <= block[1] && i < n; i++) anchors.add(i);
        // Longest first; ties by page order, so the choice does not depend on sort stability.
        anchors.sort(java.util.Comparator.comparingInt((Integer i) -> -paragraphs.get(i).words())
                .thenComparingInt(i -> i));
        List<Integer> top = anchors.subList(0, Math.min(4, anchors.size()));
        // A paragraph outside the top anchors is compared with the first three; only an anchor itself, left out
        // of its own reference, needs another one.
        java.util.Set<String> shared3 = reference(top, vocab, -1);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Set<String> words = vocab.get(i);
            if (words.isEmpty()) continue;
            java.util.Set<String> reference = top.contains(i) ? reference(top, vocab, i) : shared3;
            int shared = 0;
            for (String w : words) if (reference.contains(w)) shared++;
            int union = words.size() + reference.size() - shared;
            out[i] = union == 0 ? 0 : shared / (double) union;
        }
        return out;
    }

    /** The content words of the first three anchors other than paragraph {@code self}. */
    private static java.util.Set<String> reference(List<Integer> top, List<java.util.Set<String>> vocab, int self) {
        java.util.Set<String> reference = new java.util.HashSet<>();
        int used = 0;
        for (int a : top) {
            if (a == self || used == 3) continue;
            reference.addAll(vocab.get(a));
            used++;
        }
        return reference;
    }

    /** How many paragraphs within {@code radius} of paragraph {@code i}, itself left out, have the mark. */
    private static int countAround(boolean[] marked, int i, int radius) {
        int c = 0;
        for (int j = Math.max(0, i - radius); j <= Math.min(marked.length - 1, i + radius); j++) {
            if (j != i && marked[j]) c++;
        }
        return c;
    }

    /**
     * Neighbours within three paragraphs of about the same length (within a quarter) that end the same way: the
     * repeated shape of a list of teasers, links or products, which an article's paragraphs seldom have.
     */
    private static int similarNeighbours(List<Features> paragraphs, int i) {
        Features f = paragraphs.get(i);
        int c = 0;
        for (int j = Math.max(0, i - 3); j <= Math.min(paragraphs.size() - 1, i + 3); j++) {
            Features g = paragraphs.get(j);
            if (j == i || f.words() == 0 || g.words() == 0 || f.sentenceEnd() != g.sentenceEnd()) continue;
            if (Math.abs(f.words() - g.words()) <= 0.25 * Math.max(f.words(), g.words())) c++;
        }
        return c;
    }

    private static final Pattern CONTENT_WORD = Pattern.compile("\\p{L}{4,}");

    /** Lowercase content words cut to five letters, so that inflected forms of one word meet. */
    static java.util.Set<String> contentWords(String text, Lexicon lexicon) {
        java.util.Set<String> out = new java.util.HashSet<>();
        var m = CONTENT_WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            if (!lexicon.isStopword(w)) out.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
        return out;
    }

    /*
     * The three tests below were regexes run from every position of every paragraph, a large share of the
     * classifier's time; by hand they answer as the regexes did, which the tests compare on random text.
     */

    /**
     * Whether the text ends with an ellipsis ({@code …}, {@code ...}, or either in brackets) followed only by
     * non-word characters: {@code (?:…|\\.\\.\\.|\\[…\\]|\\[\\.\\.\\.\\])\\W*$}. Every character of an ellipsis is
     * itself a non-word character, so it must lie in the text's trailing run of them.
     */
    static boolean endsWithEllipsis(String text) {
        int start = text.length();
        while (start > 0 && !isAsciiWordCharacter(text.charAt(start - 1))) start--;
        return text.indexOf('…', start) >= 0 || text.indexOf("...", start) >= 0;
    }

    /**
     * Whether the text holds contact details: an at sign, a phone number (two digits at least eight apart with only
     * digits, spaces and {@code /().-} between them) or a contact word ({@code tel}, {@code fax}, {@code e-mail},
     * {@code email}, {@code telefon}, {@code phone}, in any case, not inside a word).
     *
     * @param lower the text lowercased, to rule out the contact words cheaply
     */
    static boolean hasContact(String text, String lower) {
        if (text.indexOf('@') >= 0) return true;
        int firstDigit = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (firstDigit < 0) firstDigit = i;
                else if (i - firstDigit >= 8) return true;
            } else if (" /().-".indexOf(c) < 0) {
                firstDigit = -1;
            }
        }
        // Every spelling the pattern accepts holds one of these in lowercase: its letters have no other case forms.
        boolean maybeWord = lower.contains("tel") || lower.contains("fax") || lower.contains("ema")
                || lower.contains("e-ma") || lower.contains("phone");
        return maybeWord && CONTACT_WORD.matcher(text).find();
    }

    /**
     * Whether the text holds a date ({@code 1.2.2024}, {@code 01/02/24}, {@code 2024-01-02}) or a time
     * ({@code 9:30}). Each form has a digit right before one of {@code ./-:}, which most paragraphs lack.
     */
    static boolean hasDateOrTime(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && "./-:".indexOf(text.charAt(i + 1)) >= 0) {
                return DATE_OR_TIME.matcher(text).find();
            }
        }
        return false;
    }

    private static boolean isAsciiWordCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static WordList lowercaseOnly(Pattern caseInsensitive) {
        String regex = caseInsensitive.pattern();
        if (!regex.startsWith("(?iu)")) throw new IllegalArgumentException("not a (?iu) pattern: " + regex);
        return WordList.of(regex.substring("(?iu)".length()));
    }

    /**
     * How many times {@code \\p{N}} occurs in the text, counted as {@code Matcher.find} would: by code point, a
     * lone surrogate being no number. By hand, as a regex over every paragraph cost more than all else it measures.
     */
    static int digits(String text) {
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x80 ? ch >= '0' && ch <= '9' : isNumber(text.codePointAt(i))) c++;
        }
        return c;
    }

    /**
     * How many times {@code (?<![\\p{L}\\p{N}])\\p{Lu}} occurs: capitals that start a word. As the regex engine
     * does, the lookbehind reads one char back, so the low half of a surrogate pair counts as neither letter nor
     * number.
     */
    static int capitals(String text) {
        int c = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean upper = ch < 0x80 ? ch >= 'A' && ch <= 'Z'
                    : Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
            if (upper && (i == 0 || !isLetterOrNumber(text.charAt(i - 1)))) c++;
        }
        return c;
    }

    private static boolean isLetterOrNumber(char c) {
        if (c < 0x80) return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> isNumber(c);
        };
    }

    /** Java's {@code \\p{N}}. */
    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
