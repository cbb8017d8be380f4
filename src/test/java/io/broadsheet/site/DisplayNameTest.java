package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DisplayNameTest {
    @Test
    void leavesPrintableNamesAsTheyAre() {
        String name = "/seeds/Zürich 😀 — 000_1064a9bc0d479205.txt";
        assertThat(DisplayName.of(name)).isSameAs(name);
    }

    @Test
    void escapesWhatWouldMoveTheCursorOrTurnTheTextAround() {
        assertThat(DisplayName.of("a\u001b[31mb\n.txt")).isEqualTo("a\\u001b[31mb\\u000a.txt");
        assertThat(DisplayName.of("x\u202Etxt.exe\u2028")).isEqualTo("x\\u202etxt.exe\\u2028");
    }

    /** Seeded random names from an alphabet of the troublesome and the harmless, surrogate halves included. */
    @Test
    void randomNamesComeOutPrintableAndOtherwiseUnchanged() {
        char[] alphabet = {'a', 'Z', '0', ' ', '.', '/', 'ü', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085',
                '\u2028', '\u2029', '\u202E', '\u202D', '\uD83D', '\uDE00', '\\'};
        Random random = new Random(20261129);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) name.append(alphabet[random.nextInt(alphabet.length)]);
            String shown = DisplayName.of(name.toString());
            shown.chars().forEach(c -> assertThat(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                    || c == 0x202E).as("%s shown as %s", name, shown).isFalse());
            // Undoing the escapes gives the name back: nothing else was changed.
            StringBuilder undone = new StringBuilder();
            for (int i = 0; i < shown.length(); i++) {
                if (shown.startsWith("\\u", i) && i + 6 <= shown.length()
                        && needsEscape(Integer.parseInt(shown.substring(i + 2, i + 6), 16))) {
                    undone.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
                    i += 5;
                } else {
                    undone.append(shown.charAt(i));
                }
            }
            assertThat(undone.toString()).isEqualTo(name.toString());
        }
    }

    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x202E;
    }
}
