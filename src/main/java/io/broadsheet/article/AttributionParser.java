package io.broadsheet.article;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publisher and year out of a credit line: {@code © 2022 BBC}, {@code Copyright (c) 2019-2021 Foo Ltd.
 * All rights reserved}, {@code © Example News}, {@code This story originally appeared in Grist}.
 */
public final class AttributionParser {
    private static final String YEAR = "((?:19|20)\\d{2})(?:\\s*[-–—/]\\s*((?:19|20)\\d{2}))?";
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)(?:©|\\(c\\)|copyright)(?:\\s*(?:©|\\(c\\)))?\\s*(?:" + YEAR + ")?[\\s,:]*(?:by\\s+)?"
            + "(.{0,80})");
    private static final Pattern ORIGINALLY = Pattern.compile(
            "(?iu)(?:originally (?:appeared|published)|first appeared|was published|appeared first)"
            + " (?:in|on|at|by)\\s+(.{1,80})");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)" + YEAR + "(?!\\d)");
    /** Where a publisher's name ends: sentence end, separators, and the rights formula. */
    private static final Pattern NAME_END = Pattern.compile(
            "(?iu)(?<!\\bCo)\\.(?:\\s|$)|[|;,•·]|\\s[-–—]\\s|\\ball rights|\\balle rechte|\\btous droits|\\btodos los|"
            + "\\btodos os|\\btutti i|\\bwszelkie|\\bsome rights|\\breserved|\\bis not responsible|\\bdesign|"
            + "\\bpowered by|\\bwebsite|\\bthe\\s+\\p{L}+\\s+is\\b");
    private static final Pattern TRAILING_YEAR = Pattern.compile("[\\s,]+" + YEAR + "\\s*$");
    private static final int MAX_NAME = 60;

    private AttributionParser() {}

    /** What a credit line states; both parts are empty for a line that names neither. */
    public static Credit parse(String text) {
        String t = Features.collapse(text);
        Optional<String> publisher = Optional.empty();
        Optional<Integer> year = Optional.empty();
        Matcher m = COPYRIGHT.matcher(t);
        if (m.find()) {
            year = year(m.group(1), m.group(2));
            String rest = m.group(3);
            // "© Le Monde 2021": the year may follow the name.
            Matcher trailing = TRAILING_YEAR.matcher(rest == null ? "" : cutName(rest));
            if (trailing.find()) {
                if (year.isEmpty()) year = year(trailing.group(1), trailing.group(2));
                rest = cutName(rest).substring(0, trailing.start());
            }
            publisher = name(rest);
        }
        if (publisher.isEmpty()) {
            Matcher o = ORIGINALLY.matcher(t);
            if (o.find()) publisher = name(o.group(1));
        }
        if (year.isEmpty()) {
            Matcher y = ANY_YEAR.matcher(t);
            if (y.find() && Lexicon.CREDIT.matcher(t).find()) year = year(y.group(1), y.group(2));
        }
        return new Credit(publisher, year);
    }

    private static Optional<Integer> year(String first, String last) {
        if (last != null) return Optional.of(Integer.parseInt(last));
        return first == null ? Optional.empty() : Optional.of(Integer.parseInt(first));
    }

    private static String cutName(String rest) {
        Matcher end = NAME_END.matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    private static Optional<String> name(String rest) {
        if (rest == null) return Optional.empty();
        String name = cutName(rest).replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^)]]+$", "").strip();
        if (name.isEmpty() || name.length() > MAX_NAME || !name.matches("(?s).*\\p{L}.*")) return Optional.empty();
        if (name.matches("(?iu)all rights.*|alle rechte.*|tous droits.*|todos .*|tutti .*")) return Optional.empty();
        return Optional.of(name);
    }
}
