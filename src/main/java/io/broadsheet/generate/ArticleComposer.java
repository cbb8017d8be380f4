package io.broadsheet.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes one synthetic article: the paragraphs of its dump, furniture included, and the facts a test needs to know
 * about it. One composer per article; everything it does is drawn from that article's own random stream.
 */
final class ArticleComposer {
    private static final Zipf PEOPLE = new Zipf(Cast.peopleCount(), 1.0);
    private static final Zipf PLACES = new Zipf(Cast.placeCount(), 0.9);
    private static final Zipf ORGANISATIONS = new Zipf(Cast.organisationCount(), 0.9);
    private static final List<Language> LANGUAGES = List.of(Language.values());
    /** Shares of {@link #LANGUAGES}, in per cent: mostly English, as in the real archives. */
    private static final int[] LANGUAGE_PERCENT = {72, 12, 9, 7};
    private static final List<List<Publisher>> PUBLISHERS_BY_LANGUAGE = byLanguage();
    private static final List<Zipf> PUBLISHER_POPULARITY = PUBLISHERS_BY_LANGUAGE.stream()
            .map(list -> new Zipf(list.size(), 0.8)).toList();
    private static final int FIRST_YEAR = 2005;
    private static final int LAST_YEAR = 2024;

    /** The people, place and organisation an article or a teaser is about. */
    private record Subjects(String person, String other, String place, String organisation) {}

    private final SplitMix random;
    private final String uniqueWord;
    private final Publisher publisher;
    private final Language language;
    private final int year;
    private final int month;
    private final int day;
    private final int hour;
    private final int minute;
    private final String agency;
    private final Subjects subjects;
    private final List<String> paragraphs = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    private final List<String> deck = new ArrayList<>();
    private String author;

    ArticleComposer(SplitMix random, String uniqueWord) {
        this.random = random;
        this.uniqueWord = uniqueWord;
        this.language = pickLanguage();
        List<Publisher> candidates = PUBLISHERS_BY_LANGUAGE.get(language.ordinal());
        this.publisher = candidates.get(PUBLISHER_POPULARITY.get(language.ordinal()).next(random));
        this.year = random.between(FIRST_YEAR, LAST_YEAR);
        this.month = random.between(1, 12);
        this.day = random.between(1, 28);
        this.hour = random.between(6, 22);
        this.minute = random.nextInt(60);
        this.agency = random.pick(Cast.agencies(language));
        this.subjects = drawSubjects();
        this.author = random.pick(publisher.staff());
    }

    /** What was composed: the paragraphs in page order and the article's facts. */
    record Composition(List<String> paragraphs, String headline, String publisher, String domain, int year,
                       int month, int day, String language, List<String> authors, List<String> topics) {}

    Composition compose() {
        if (!publisher.topLine().isEmpty() && random.chance(0.8)) paragraphs.add(fill(publisher.topLine(), subjects));
        if (random.chance(publisher.bylineRate())) {
            authors.add(author);
            paragraphs.add(fill(publisher.bylineStyle(), subjects));
        }
        String lede = fill(curl(random.pick(language.ledes)), subjects);
        paragraphs.add(random.chance(0.9) ? publisher.ledeOpen() + lede + "</b>" : lede);

        int bodyCount = random.between(5, 30);
        int nicknameAt = random.nextInt(bodyCount);
        List<String> body = new ArrayList<>();
        for (int i = 0; i < bodyCount; i++) {
            String paragraph = i == nicknameAt
                    ? sentence() + " " + fill(curl(language.nickname), subjects)
                    : random.chance(0.14) ? quotation() : sentences();
            if (i == 0 && random.chance(publisher.datelineRate())) paragraph = fill(language.dateline, subjects) + paragraph;
            body.add(paragraph);
        }
        for (int i = 0; i < body.size(); i++) {
            if (i > 0 && random.chance(0.02)) {
                // An interview question: bold, then the answer as an ordinary paragraph.
                paragraphs.add("<b>" + fill(curl(random.pick(language.questions())), subjects) + "</b>");
            } else if (i > 0 && random.chance(0.015)) {
                for (int item = random.between(2, 4); item > 0; item--) paragraphs.add("\u2022 " + sentence());
            }
            if (i > 1 && i < body.size() - 1 && random.chance(0.06)) {
                String tag = publisher.crossheadTag();
                paragraphs.add("<" + tag + ">" + random.pick(language.crossheads) + "</" + tag + ">");
            }
            paragraphs.add(dress(decorate(body.get(i))));
            if (random.chance(publisher.captionRate())) paragraphs.add(fill(publisher.caption(), subjects));
            if (i > 2 && i < body.size() - 2 && random.chance(0.03)) paragraphs.add(teaser());
        }

        if (random.chance(publisher.creditRate())) paragraphs.add(fill(publisher.credit(), subjects));
        if (publisher.topicLinks()) paragraphs.add(topicLinks());
        for (int teasers = random.chance(0.5) ? random.between(1, 3) : 0; teasers > 0; teasers--) paragraphs.add(teaser());
        for (String line : publisher.endFurniture()) paragraphs.add(fill(line, subjects));
        if (random.chance(0.92)) paragraphs.add(fill(publisher.copyright(), subjects));
        if (authors.isEmpty() && random.chance(0.5)) authors.add(author);

        String headline = plain(random.pick(language.headlines), subjects);
        return new Composition(List.copyOf(paragraphs), headline, publisher.name(), publisher.domain(), year,
                month, day, language.tag, List.copyOf(authors), topics(lede));
    }

    private Language pickLanguage() {
        int roll = random.nextInt(100);
        for (int i = 0; i < LANGUAGE_PERCENT.length; i++) {
            roll -= LANGUAGE_PERCENT[i];
            if (roll < 0) return LANGUAGES.get(i);
        }
        return Language.ENGLISH;
    }

    private Subjects drawSubjects() {
        String person = Cast.person(PEOPLE.next(random));
        String other;
        do other = Cast.person(PEOPLE.next(random)); while (other.equals(person));
        return new Subjects(person, other, Cast.place(PLACES.next(random)),
                Cast.organisation(ORGANISATIONS.next(random)));
    }

    /**
     * Topics are the names a reader would index the article under: those in the lede, and those the text keeps
     * coming back to.
     */
    private List<String> topics(String lede) {
        String text = String.join("\n", paragraphs);
        List<String> topics = new ArrayList<>();
        for (String name : List.of(subjects.person(), subjects.place(), subjects.organisation(), subjects.other())) {
            String written = Html.escape(name);
            if (mentions(lede, written) > 0 || mentions(text, written) >= 2) topics.add(name);
        }
        return List.copyOf(topics);
    }

    /** Whole-name occurrences, so that "Marton" is not counted inside "Martonville". */
    static int mentions(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int after = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (startsWord && endsWord) count++;
        }
        return count;
    }

    /**
     * The next sentence from a shuffled deck of the language's templates, so an article does not repeat itself
     * until it has used them all.
     */
    private String sentence() {
        if (deck.isEmpty()) {
            deck.addAll(language.sentences);
            for (int i = deck.size() - 1; i > 0; i--) Collections.swap(deck, i, random.nextInt(i + 1));
        }
        return fill(curl(deck.remove(deck.size() - 1)), subjects);
    }

    private String sentences() {
        int roll = random.nextInt(100);
        int count = roll < 20 ? 1 : roll < 55 ? 2 : roll < 80 ? 3 : roll < 92 ? 4 : random.between(5, 7);
        StringBuilder out = new StringBuilder(count * 90);
        for (int i = 0; i < count; i++) {
            if (i > 0) out.append(' ');
            out.append(sentence());
        }
        return out.toString();
    }

    private String quotation() {
        String quote = fill(curl(random.pick(language.quotes)), subjects);
        String ending = curl(random.pick(language.quoteEndings)).replace("{q}", quote);
        String open = publisher.curlyQuotes() ? "\u201c" : language.openQuote();
        return open + fill(ending, subjects);
    }

    private String teaser() {
        Subjects other = drawSubjects();
        String headline = plain(random.pick(language.headlines), other);
        String shown = Html.escape(headline);
        if (random.chance(0.5)) {
            shown = "<a href=\"https://www." + publisher.domain() + "/" + random.between(FIRST_YEAR, LAST_YEAR) + "/"
                    + Publisher.slug(headline) + "\">" + shown + "</a>";
        }
        return publisher.readMoreLabel() + " " + shown;
    }

    private String topicLinks() {
        StringBuilder line = new StringBuilder(language.topicsLabel());
        String separator = " ";
        for (String name : List.of(subjects.person(), subjects.place(), subjects.organisation())) {
            line.append(separator).append("<a href=\"https://www.").append(publisher.domain()).append("/topics/")
                    .append(Publisher.slug(name)).append("\">").append(Html.escape(name)).append("</a>");
            separator = ", ";
        }
        return line.toString();
    }

    /** Inline markup and the odd invisible character, in the proportions real pages have them. */
    private String decorate(String paragraph) {
        String place = Html.escape(subjects.place());
        int at = paragraph.indexOf(place);
        if (at >= 0 && random.chance(0.08)) {
            paragraph = paragraph.substring(0, at) + "<a href=\"https://www." + publisher.domain() + "/topics/"
                    + Publisher.slug(subjects.place()) + "?ref=inline&amp;src=body\">" + place + "</a>"
                    + paragraph.substring(at + place.length());
        }
        if (random.chance(0.03)) paragraph = boldFirstNumber(paragraph);
        int stop = paragraph.indexOf(". ");
        if (stop > 0 && random.chance(0.04)) {
            paragraph = paragraph.substring(0, stop + 1) + (random.chance(0.5) ? "<br/>" : "<br>")
                    + paragraph.substring(stop + 2);
        }
        if (random.chance(0.03)) paragraph = "<i>" + paragraph + "</i>";
        int space = paragraph.indexOf(' ', paragraph.length() / 2);
        if (space > 0 && random.chance(0.03)) {
            String odd = switch (random.nextInt(4)) {
                case 0 -> "\u200b";
                case 1 -> "\t";
                case 2 -> "\r\n";
                default -> "\u00a0";
            };
            paragraph = paragraph.substring(0, space) + odd + paragraph.substring(space + 1);
        }
        return paragraph;
    }

    private static String boldFirstNumber(String paragraph) {
        int start = 0;
        while (start < paragraph.length() && !Character.isDigit(paragraph.charAt(start))) start++;
        if (start == paragraph.length()) return paragraph;
        int end = start;
        while (end < paragraph.length() && Character.isDigit(paragraph.charAt(end))) end++;
        return paragraph.substring(0, start) + "<b>" + paragraph.substring(start, end) + "</b>" + paragraph.substring(end);
    }

    /** Whitespace left over from the source page's layout. */
    private String dress(String paragraph) {
        if (publisher.padded()) return "\n                    " + paragraph + "\n                ";
        return random.chance(0.15) ? paragraph + " " : paragraph;
    }

    /** Typographic quotes for the publishers that use them; applied to templates, never to names. */
    private String curl(String template) {
        if (!publisher.curlyQuotes()) return template;
        StringBuilder out = new StringBuilder(template.length());
        boolean open = true;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '"') {
                out.append(open ? '\u201c' : '\u201d');
                open = !open;
            } else if (c == '\'') {
                out.append('\u2019');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String fill(String template, Subjects about) {
        return fill(template, about, true);
    }

    private String plain(String template, Subjects about) {
        return fill(template, about, false);
    }

    private String fill(String template, Subjects about, boolean html) {
        StringBuilder out = new StringBuilder(template.length() + 48);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int end = c == '{' ? template.indexOf('}', i) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String value = value(template.substring(i + 1, end), about);
            out.append(html ? Html.escape(value) : value);
            i = end + 1;
        }
        return out.toString();
    }

    private String value(String slot, Subjects about) {
        return switch (slot) {
            case "P" -> about.person();
            case "p" -> Cast.surname(about.person());
            case "Q" -> about.other();
            case "L" -> about.place();
            case "O" -> about.organisation();
            case "n" -> random.pick(language.subjects);
            case "N" -> Integer.toString(random.between(2, 950));
            case "M" -> grouped(random.between(1_200, 250_000));
            case "X" -> decimal(random.between(11, 199));
            case "D" -> random.pick(language.weekdays);
            case "A" -> author;
            case "a" -> Publisher.slug(author);
            case "A2", "A3" -> random.pick(publisher.staff());
            case "G" -> agency;
            case "Y" -> Integer.toString(year);
            case "month" -> language.months.get(month - 1);
            case "day" -> Integer.toString(day);
            case "dd" -> twoDigits(day);
            case "mm" -> twoDigits(month);
            case "hh" -> twoDigits(hour);
            case "min" -> twoDigits(minute);
            case "pub" -> publisher.name();
            case "dom" -> publisher.domain();
            case "U" -> uniqueWord;
            default -> throw new IllegalStateException("unknown slot {" + slot + "} in a template");
        };
    }

    private String grouped(int number) {
        return (number / 1000) + language.thousandsMark + String.valueOf(1000 + number % 1000).substring(1);
    }

    private String decimal(int tenths) {
        return (tenths / 10) + language.decimalMark + (tenths % 10);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static List<List<Publisher>> byLanguage() {
        List<List<Publisher>> lists = new ArrayList<>();
        for (Language language : Language.values()) {
            lists.add(Publisher.ALL.stream().filter(p -> p.language() == language).toList());
        }
        return List.copyOf(lists);
    }
}
