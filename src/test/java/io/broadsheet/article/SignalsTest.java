package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The classifier's hand-written text tests must answer exactly as the regexes they replace: same signals, same
 * classification, only faster. Checked on seeded random text built from the characters each test turns on.
 */
class SignalsTest {
    private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.\\.\\.|\\[…\\]|\\[\\.\\.\\.\\])\\W*$");
    private static final Pattern CONTACT = Pattern.compile(
            "(?iu)@|\\+?\\d[\\d /().-]{7,}\\d|(?<!\\p{L})(?:tel|fax|e-mail|email|telefon|phone)\\b");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b");
    private static final String[] PIECES = {"0", "1", "12", "2024", "3", " ", ".", "..", "...", "…", "[", "]", "/",
        "-", ":", "(", ")", "+", "@", "a", "Tel", "TEL", "tel", "fax", "FAX", "e-mail", "EMAIL", "Email", "telefon",
        "phone", "Phone", "x", "_", "\n", "!", "\"", "é", "İ", "ı", "ſ", "\u212A", "😀", "\u00a0", "ß", "Ü", "ñ"};
    /** Numbers and their separators only, so that dates and phone numbers are common. */
    private static final String[] NUMBERS = {"0", "1", "12", "2024", "3", " ", ".", "/", "-", ":", "a", "_", "é"};
    private static final long SEED = 20261128L;

    @Test
    void handWrittenTestsAnswerAsTheRegexes() {
        Random random = new Random(SEED);
        int ellipses = 0;
        int contacts = 0;
        int dates = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int parts = random.nextInt(16);
            String[] pieces = n % 2 == 0 ? PIECES : NUMBERS;
            for (int k = 0; k < parts; k++) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            String context = "seed " + SEED + ", text #" + n + ": " + text;
            boolean ellipsis = ELLIPSIS.matcher(text).find();
            boolean contact = CONTACT.matcher(text).find();
            boolean date = DATE_OR_TIME.matcher(text).find();
            assertThat(Signals.endsWithEllipsis(text)).as(context).isEqualTo(ellipsis);
            assertThat(Signals.hasContact(text, text.toLowerCase(Locale.ROOT))).as(context).isEqualTo(contact);
            assertThat(Signals.hasDateOrTime(text)).as(context).isEqualTo(date);
            ellipses += ellipsis ? 1 : 0;
            contacts += contact ? 1 : 0;
            dates += date ? 1 : 0;
        }
        // The random texts must reach both answers of every test, or the comparison shows nothing.
        assertThat(List.of(ellipses, contacts, dates)).allSatisfy(c -> assertThat(c).isBetween(100, 199_900));
    }

    @Test
    void examplesOfEachForm() {
        assertThat(Signals.endsWithEllipsis("Read more …")).isTrue();
        assertThat(Signals.endsWithEllipsis("Read more [...] ")).isTrue();
        assertThat(Signals.endsWithEllipsis("Wait... and see")).isFalse();
        assertThat(Signals.hasContact("Call +49 (0)30 123-45", "call +49 (0)30 123-45")).isTrue();
        assertThat(Signals.hasContact("Phone: ask us", "phone: ask us")).isTrue();
        assertThat(Signals.hasContact("Telephones ring; 12 34", "telephones ring; 12 34")).isFalse();
        assertThat(Signals.hasDateOrTime("Opened on 1.2.2024 at noon")).isTrue();
        assertThat(Signals.hasDateOrTime("At 9:30 sharp")).isTrue();
        assertThat(Signals.hasDateOrTime("Up 6.0% in 2024.")).isFalse();
    }
}
