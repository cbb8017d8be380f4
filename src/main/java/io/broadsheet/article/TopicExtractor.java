package io.broadsheet.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Finds what an article is about: the people, places and organisations it names, read from capitalisation.
 *
 * <p>A name is a run of capitalised words, possibly joined by particles such as "de" or "van". Function words,
 * months, weekdays and honorifics are trimmed from its ends, because they are capitalised for other reasons. A
 * name is a topic when it recurs in the article or appears in its lede. A lone word seen only at the start of
 * sentences is dropped, since any word is capitalised there. German capitalises every noun, so there only names
 * of several words and acronyms count. A surname alone ("Quiroga") counts towards the full name it shortens.
 *
 * <p>{@link #key(String)} normalises a name so that one name has one page whatever its case, accents, honorific
 * or possessive.
 */
public final class TopicExtractor {
    /** Most topics kept per article; beyond a handful, topics stop describing the article. */
    public static final int MAX_TOPICS = 8;

    /** What ends a sentence or a clause a name cannot run across: stops, quotes, dashes. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;]|[\"“”«»„]|[–—]|(^|\\s)-(\\s|$)");
    /**
     * A word: letters, with inner apostrophes, hyphens and dots (O'Brien, Jean-Luc, U.S.). Possessive, as giving back
     * never makes a longer word: the engine then repeats the group without a stack frame per repetition, so that a
     * paragraph of initials ("A.A.A....", from any dump) cannot overflow the stack.
     */
    private static final Pattern WORD = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}\\p{N}]*+(?:['’.\\-][\\p{L}\\p{M}\\p{N}]++)*+\\.?");
    // Compiled once: these run for every word of every article.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("\\p{L}['’]s$");
    private static final Set<String> PARTICLES = Set.of("of", "de", "da", "del", "della", "der", "den", "van", "von",
            "du", "dos", "das", "di", "le", "la", "bin", "al", "ibn", "ter", "y");
    /** Job titles, which come before a name rather than being part of it. */
    private static final Set<String> TITLES = Set.copyOf(List.of("officer", "manager", "editor", "professor", "coach", "captain", "president", "minister", "secretary", "chancellor",
            "senator", "governor", "mayor", "chairman", "chairwoman", "chair", "spokesman", "spokeswoman",
            "spokesperson", "chief", "director", "ceo", "commissioner", "ambassador", "premier", "général",
            "ministre", "président", "présidente", "maire", "bürgermeister", "minister", "präsident", "ministro",
            "presidente", "alcalde", "alcaldesa", "sindaco"));
    /** German articles, after which a capitalised word is a common noun. */
    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "im", "am", "zum", "zur", "vom", "beim");
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "mme", "mlle", "m", "herr", "frau", "sr", "sra", "srta", "sig", "dott", "rev");
    private static final Set<String> MONTHS = Set.copyOf(List.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
            "octobre", "novembre", "décembre", "decembre",
            "januar", "februar", "märz", "maerz", "juni", "juli", "oktober", "dezember",
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
            "octubre", "noviembre", "diciembre",
            "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre",
            "januari", "februari", "maart", "mei", "augustus"));
    private static final Set<String> WEEKDAYS = Set.copyOf(List.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"));
    /** Words capitalised at the start of a sentence or a quote rather than because they name something. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(List.of(
            // English
            "the", "a", "an", "and", "but", "or", "nor", "in", "on", "at", "to", "for", "of", "with", "by", "from",
            "as", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "your",
            "this", "that", "these", "those", "there", "here", "when", "while", "after", "before", "if", "so", "yet",
            "then", "also", "however", "meanwhile", "what", "who", "why", "how", "where", "which", "one", "some",
            "many", "most", "all", "more", "no", "not", "now", "last", "next", "earlier", "later", "today",
            "yesterday", "tomorrow", "tonight", "said", "says", "according", "under", "over", "about", "since",
            "during", "despite", "although", "though", "because", "both", "each", "every", "other", "such", "only",
            "even", "still", "just", "instead", "asked", "read", "more", "sign", "share", "follow", "photo", "image",
            "copyright", "click", "subscribe", "updated", "published", "by", "via", "yes", "well", "other",
            // French
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "en", "il", "elle", "ils", "elles", "nous",
            "vous", "on", "ce", "cette", "ces", "mais", "ou", "pour", "dans", "sur", "avec", "selon", "après",
            "avant", "lors", "depuis", "au", "aux", "son", "sa", "ses", "leur", "leurs", "qui", "que", "quand",
            "pourtant", "ainsi", "aussi", "lire", "voir", "c'est", "l'", "d'",
            // German
            "der", "die", "das", "ein", "eine", "einen", "und", "im", "am", "an", "auf", "mit", "für", "nach",
            "vor", "bei", "er", "sie", "es", "wir", "ihr", "dies", "diese", "dieser", "doch", "aber", "auch",
            "laut", "zum", "zur", "vom", "wie", "was", "wer", "wenn", "als", "noch", "nun", "schon",
            "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "beide", "beiden", "viele", "vielen", "alle", "allen",
            "jeder", "jede", "jedes", "unser", "unsere", "mein", "meine", "dein", "sein", "seine", "seinem", "kein",
            "keine", "dem", "des", "einem", "einer", "eines", "zu", "bis", "über", "unter", "durch", "gegen", "ohne",
            "um", "hier", "dort", "heute", "gestern", "morgen", "ich", "du", "man", "sich", "nicht", "nur", "sehr",
            "mehr", "während", "seit", "weil", "dass", "ob", "oder", "denn", "sondern", "hallo", "liebe", "lieber",
            // Spanish, Italian, Portuguese, Dutch
            "el", "los", "las", "y", "con", "por", "para", "según", "tras", "pero", "también", "este", "esta",
            "lo", "gli", "e", "secondo", "dopo", "ma", "het", "een", "op", "voor", "na", "maar", "o", "os", "as",
            "um", "uma", "em", "com", "segundo"));

    private TopicExtractor() {}

    /** The article with the topics it is about as its tags: the given ones if any, else those found in it. */
    public static Article withTopics(Article article) {
        Metadata m = article.metadata();
        if (!m.tags().isEmpty()) return article;
        Metadata tagged = new Metadata(m.title(), m.summary(), m.language(), m.publisher(), m.year(), m.byline(),
                m.published(), m.url(), m.authors(), extract(article), m.wordCount());
        return new Article(article.id(), article.source(), tagged, article.paragraphs());
    }

    /** The topics of an article, read from its lede and body, most mentioned first. */
    public static List<String> extract(Article article) {
        Objects.requireNonNull(article, "article");
        List<String> lede = article.withRole(Role.LEDE).stream().map(p -> text(p.html())).toList();
        List<String> body = article.readingView().stream()
                .filter(p -> p.role() == Role.BODY).map(p -> text(p.html())).toList();
        return extract(String.join("\n", lede), body, article.metadata().language());
    }

    /**
     * The topics named in a text, most mentioned first, ties in order of first mention.
     *
     * @param lede     the lede's plain text, paragraphs separated by line breaks; a name in it is a topic even if
     *                 mentioned once
     * @param body     the other paragraphs' plain text
     * @param language BCP 47 tag of the text, which decides how capitals are read
     */
    public static List<String> extract(String lede, List<String> body, String language) {
        Objects.requireNonNull(lede, "lede");
        Objects.requireNonNull(body, "body");
        boolean nounsCapitalised = Objects.requireNonNull(language, "language").toLowerCase(Locale.ROOT)
                .matches("(de|lb)(-.*)?");
        Set<String> lowercaseWords = new HashSet<>();
        Set<String> determinedWords = new HashSet<>();
        for (String text : concat(lede, body)) {
            Matcher words = WORD.matcher(text);
            // The last two words: a capitalised word after an article and before a lower-case word stands alone.
            String beforePrevious = "";
            String previous = "";
            while (words.find()) {
                String word = withoutFinalDot(words.group());
                if (!capitalised(word)) {
                    lowercaseWords.add(word);
                    if (DETERMINERS.contains(beforePrevious.toLowerCase(Locale.ROOT)) && !isAcronym(previous)) {
                        determinedWords.add(previous);
                    }
                }
                beforePrevious = previous;
                previous = word;
            }
        }
        // In German every noun is capitalised; one that follows an article ("die Farbe") is a common noun.
        Reading reading = new Reading(nounsCapitalised, lowercaseWords,
                nounsCapitalised ? determinedWords : Set.of());
        reading.read(lede, true);
        for (String paragraph : body) reading.read(paragraph, false);

        List<Candidate> names = new ArrayList<>(reading.byKey.values());
        // A lone surname counts towards the longer name it shortens, which keeps one topic per person.
        for (Candidate single : List.copyOf(names)) {
            if (single.words > 1) continue;
            names.stream()
                    .filter(c -> c.words > 1 && lastWord(c.key).equals(single.key))
                    .max(Comparator.comparingInt((Candidate c) -> c.count).thenComparingInt(c -> -c.first))
                    .ifPresent(full -> {
                        full.count += single.count;
                        full.inLede |= single.inLede;
                        names.remove(single);
                    });
        }
        return names.stream()
                .filter(c -> c.words > 1 || c.acronym || c.apposition
                        || (c.midSentence && !nounsCapitalised && !c.commonWord))
                .filter(c -> c.count >= 2 || c.inLede)
                .sorted(Comparator.comparingInt((Candidate c) -> -c.count).thenComparingInt(c -> c.first))
                .limit(MAX_TOPICS)
                .map(c -> c.display)
                .toList();
    }

    private static List<String> concat(String lede, List<String> body) {
        List<String> all = new ArrayList<>(body);
        all.add(0, lede);
        return all;
    }

    /**
     * The form of a name under which its variants meet: without honorifics, possessive, accents, case and
     * punctuation. Two names with the same key are the same topic. Empty if nothing of the name is left.
     */
    public static String key(String name) {
        String folded = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFKD)
                .transform(text -> MARKS.matcher(text).replaceAll(""))
                .toLowerCase(Locale.ROOT);
        folded = POSSESSIVE.matcher(folded.strip()).replaceFirst("");
        List<String> words = new ArrayList<>(List.of(NON_WORD.split(folded)));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && HONORIFICS.contains(words.get(0))) words.remove(0);
        return String.join(" ", words);
    }

    /** One extraction's reading of the text: the names met so far. */
    private static final class Reading {
        final Map<String, Candidate> byKey = new LinkedHashMap<>();
        /** Keys of the names met, by how they were written: an article names the same people again and again. */
        private final Map<String, String> keys = new HashMap<>();
        private final boolean nounsCapitalised;
        /** Words the text also writes in lower case: capitalised, they are ordinary words starting a sentence. */
        private final Set<String> lowercaseWords;
        /** Capitalised words that follow an article, in a language that capitalises every noun. */
        private final Set<String> commonNouns;
        private int order;

        Reading(boolean nounsCapitalised, Set<String> lowercaseWords, Set<String> commonNouns) {
            this.nounsCapitalised = nounsCapitalised;
            this.lowercaseWords = lowercaseWords;
            this.commonNouns = commonNouns;
        }

        void read(String text, boolean lede) {
            List<String> run = new ArrayList<>();
            boolean runAtStart = false;
            boolean sentenceStart = true;
            int lastEnd = 0;
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                // Most words follow a single space, or nothing at the start, which say nothing of a name.
                int gapLength = words.start() - lastEnd;
                if (gapLength > 1 || gapLength == 1 && text.charAt(lastEnd) != ' ') {
                    String gap = text.substring(lastEnd, words.start());
                    boolean newSentence = SENTENCE_END.matcher(gap).find() || gap.contains("\n");
                    if (newSentence || gap.contains(",") || gap.contains("(") || gap.contains(")")
                            || gap.contains("/")) {
                        flush(run, runAtStart, lede);
                        if (newSentence) sentenceStart = true;
                    } else if (!run.isEmpty() && gap.strip().equals("&")) {
                        // "Brandt & Cole Alliance" is one name; the ampersand is kept so that it is shown as written.
                        run.add("&");
                    } else if (!gap.isBlank()) {
                        flush(run, runAtStart, lede);
                    }
                }
                String word = words.group();
                // A trailing dot ends the sentence unless the word is an abbreviation such as "U.S." or "Mr.".
                boolean endsSentence = word.endsWith(".") && !word.substring(0, word.length() - 1).contains(".")
                        && !HONORIFICS.contains(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT));
                if (endsSentence) word = word.substring(0, word.length() - 1);
                if (capitalised(word)) {
                    if (run.isEmpty()) runAtStart = sentenceStart;
                    run.add(word);
                    // "Alaska's Seattle hub": the possessive ends the name it belongs to.
                    if (POSSESSIVE_WORD.matcher(word).find()) flush(run, runAtStart, lede);
                } else if (!run.isEmpty() && !nounsCapitalised && PARTICLES.contains(word)
                        && nextIsCapitalised(text, words.end())) {
                    // In German "von" and "der" join noun phrases as often as names, so there they join nothing.
                    run.add(word);
                } else {
                    flush(run, runAtStart, lede);
                }
                sentenceStart = false;
                if (endsSentence) {
                    flush(run, runAtStart, lede);
                    sentenceStart = true;
                }
                lastEnd = words.end();
            }
            flush(run, runAtStart, lede);
        }

        private void flush(List<String> run, boolean atStart, boolean lede) {
            if (run.isEmpty()) return;
            List<String> words = new ArrayList<>(run);
            run.clear();
            // "Foreign Secretary James Cleverly": a job title names no one, the name after it does.
            for (int i = words.size() - 1; i >= 0; i--) {
                String lower = withoutFinalDot(words.get(i).toLowerCase(Locale.ROOT));
                if (TITLES.contains(lower) || i > 0 && HONORIFICS.contains(lower)) {
                    words = new ArrayList<>(words.subList(i + 1, words.size()));
                    atStart = false;
                    break;
                }
            }
            boolean trimmedStart = false;
            // "Residents of Ulbridge": a sentence's first word that the text also writes in lower case is no name.
            if (atStart && words.size() > 1 && lowercaseWords.contains(words.get(0).toLowerCase(Locale.ROOT))) {
                words.remove(0);
                trimmedStart = true;
            }
            // "4K Display" reads as "K Display": a lone letter does not start a name.
            while (!words.isEmpty() && (ignorable(words.get(0)) || PARTICLES.contains(words.get(0))
                    || words.get(0).length() == 1 || words.get(0).equals("&"))) {
                words.remove(0);
                trimmedStart = true;
            }
            while (!words.isEmpty() && (ignorable(words.get(words.size() - 1))
                    || PARTICLES.contains(words.get(words.size() - 1)) || words.get(words.size() - 1).equals("&"))) {
                words.remove(words.size() - 1);
            }
            // "die Hauptstadt Skopje": a common noun before a name says what the name is, and is not part of it.
            boolean apposition = false;
            while (words.size() > 1 && commonNouns.contains(words.get(0))) {
                words.remove(0);
                apposition = true;
            }
            while (words.size() > 1 && commonNouns.contains(words.get(words.size() - 1))) {
                words.remove(words.size() - 1);
                apposition = false;
            }
            if (words.isEmpty() || words.stream().allMatch(w -> w.replace(".", "").length() < 2)) return;
            int wordCount = (int) words.stream().filter(w -> !w.equals("&")).count();
            String display = POSSESSIVE.matcher(String.join(" ", words)).replaceFirst("");
            String key = keys.computeIfAbsent(display, TopicExtractor::key);
            if (key.length() < 2 || key.chars().allMatch(Character::isDigit)) return;
            Candidate candidate = byKey.computeIfAbsent(key, k -> new Candidate(k, display, wordCount, order++));
            candidate.count++;
            candidate.inLede |= lede;
            candidate.midSentence |= !atStart || trimmedStart;
            candidate.acronym |= wordCount == 1 && isAcronym(words.get(0));
            candidate.apposition |= apposition && wordCount == 1;
            candidate.commonWord |= wordCount == 1 && lowercaseWords.contains(words.get(0).toLowerCase(Locale.ROOT));
        }

        /** Whether the next word, after any further particles ("van der"), is capitalised: the name goes on. */
        private static boolean nextIsCapitalised(String text, int from) {
            Matcher next = WORD.matcher(text);
            int at = from;
            while (next.find(at) && text.substring(at, next.start()).isBlank()) {
                if (capitalised(next.group())) return true;
                if (!PARTICLES.contains(next.group())) return false;
                at = next.end();
            }
            return false;
        }
    }

    private static String withoutFinalDot(String word) {
        // What replacing "\\.$" does, without a matcher for every word: only a dot at the very end goes.
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean ignorable(String word) {
        String lower = withoutFinalDot(word.toLowerCase(Locale.ROOT));
        return FUNCTION_WORDS.contains(lower) || MONTHS.contains(lower) || WEEKDAYS.contains(lower)
                || HONORIFICS.contains(lower);
    }

    private static boolean capitalised(String word) {
        int first = word.codePointAt(0);
        return Character.isUpperCase(first) || Character.isTitleCase(first);
    }

    private static boolean isAcronym(String word) {
        String letters = word.replace(".", "");
        // Longer words in capitals are shouted headings ("ACCIDENT"), not acronyms.
        return letters.length() >= 2 && letters.length() <= 6 && letters.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    private static String lastWord(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    private static String text(String html) {
        return Jsoup.parseBodyFragment(html).text();
    }

    /** A name met in the text, with what was seen of it so far. */
    private static final class Candidate {
        final String key;
        final String display;
        final int words;
        final int first;
        int count;
        boolean inLede;
        boolean midSentence;
        boolean acronym;
        boolean commonWord;
        boolean apposition;

        Candidate(String key, String display, int words, int first) {
            this.key = key;
            this.display = display;
            this.words = words;
            this.first = first;
        }
    }
}
