package io.broadsheet.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a calendar date written the common ways in a dateline and gives it as ISO 8601 ({@code 2022-09-22}). */
public final class DateFinder {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?iu)(\\p{L}{3,})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(?iu)(?<!\\d)(\\d{1,2})\\.?\\s+(?:de\\s+)?(\\p{L}{3,})\\.?"
            + "\\s+(?:de\\s+)?(\\d{4})");
    private static final Map<String, Integer> MONTHS = months();

    private DateFinder() {}

    /** The first date in the text, as ISO 8601, or empty when none is found or it is not a real date. */
    public static Optional<String> find(String text) {
        Matcher m = ISO.matcher(text);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = DOTTED.matcher(text);
        if (m.find()) return date(m.group(3), m.group(2), m.group(1));
        m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) return date(m.group(3), month.toString(), m.group(2));
        }
        m = DAY_FIRST.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) return date(m.group(3), month.toString(), m.group(1));
        }
        return Optional.empty();
    }

    private static Optional<String> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "janvier", "enero", "janeiro", "gennaio", "stycznia"},
            {"february", "feb", "februar", "février", "febrero", "fevereiro", "febbraio", "lutego"},
            {"march", "mar", "märz", "mars", "marzo", "março", "marca"},
            {"april", "apr", "avril", "abril", "aprile", "kwietnia"},
            {"may", "mai", "mayo", "maio", "maggio", "maja"},
            {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "czerwca"},
            {"july", "jul", "juli", "juillet", "julio", "julho", "luglio", "lipca"},
            {"august", "aug", "août", "agosto", "sierpnia"},
            {"september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre", "września"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "ottobre", "października"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada"},
            {"december", "dec", "dezember", "dez", "décembre", "diciembre", "dezembro", "dicembre", "grudnia"},
        };
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) for (String n : names[i]) out.putIfAbsent(n, i + 1);
        return Map.copyOf(out);
    }
}
