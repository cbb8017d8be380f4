package io.broadsheet.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Writes random but mostly legal Python literals for a list of strings, in every style the parser must accept
 * (prefixes, quote kinds, escapes, concatenation, comments, CRLF, tuples), and breaks some of them on purpose.
 */
final class LiteralWriter {
    private static final String[] NAMES = {
        "LATIN SMALL LETTER A", "latin capital letter e with acute", "BOM", "LF", "NBSP", "NULL", "SPACE",
        "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-2A700", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE A",
        "EM DASH", "GRINNING FACE", "LINE FEED (LF)", "NO SUCH NAME", "CJK UNIFIED IDEOGRAPHS 4E00", " SPACE",
        "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e00", "TANGUT IDEOGRAPH-17000", "ZWNBSP", "TOOTH",
    };
    private static final String[] SNIPPETS = {
        "None", "1", "-1", "1.5", "True", "b'x'", "B\"x\"", "rb'x'", "f'x'", "F'{1}'", "['x']", "('x',)", "()", "{",
        "{'a': 'b'}", "\\N{BOGUS}", "\\x4", "\\u12", "\\U00110000", "\\U0010ffff", "ur'x'", "\\", "\\\n", "'''",
        "\"\"\"", "#", "\n", "\r\n", "\r", "\t", "\f", "\u000b", "\u0000", ",", ",,", "[", "]", "(", ")", "'", "\"",
        "\\N", "\\N{", "\\N{}", "*", "+", "'a'", " 'b' ", "r'\\'", "u'x'", "U'x'", "R'x'", "Ur'x'", "...", ";",
        "\u00a0", "\ufeff", "\\\r\n", "\\777", "\\8", "\\ud800", "\\udc00", "x", "\n  ", "\n\t", " \\\n",
    };

    private final Random random;

    LiteralWriter(Random random) {
        this.random = random;
    }

    /** A literal for {@code items}, written in a random legal style. */
    String legal(List<String> items) {
        String newline = pick("\n", "\n", "\r\n", "\r");
        int container = random.nextInt(6);
        boolean bare = container == 4;
        StringBuilder out = new StringBuilder();
        out.append(pick("", "", " \t", "\n", "# lead\n", "\\\n", "\n\f", "\n# c\n\n"));
        String open = switch (container) {
            case 0, 1 -> "[";
            case 2 -> "(";
            case 3 -> "([";
            case 4 -> "";
            default -> "((";
        };
        String close = switch (container) {
            case 0, 1 -> "]";
            case 2 -> ")";
            case 3 -> "])";
            case 4 -> "";
            default -> "))";
        };
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) out.append(separator(bare, newline));
            out.append(element(items.get(i), bare, newline));
        }
        // A one-element tuple needs its comma; otherwise a trailing comma is optional.
        boolean tuple = container == 2 || container == 4 || container == 5;
        if ((tuple && items.size() == 1) || (!items.isEmpty() && random.nextInt(4) == 0)) out.append(",");
        if (bare && items.isEmpty()) out.append("'lonely',");
        out.append(close);
        out.append(pick("", "", newline, "  # trail" + newline, newline + newline + "# end", " \\" + newline + newline));
        return out.toString().replace("\n", newline);
    }

    /** The bytes of a random case: legal, or legal then broken in one to three places. */
    byte[] randomCase(List<String> items) {
        String text = legal(items);
        boolean broken = random.nextBoolean();
        if (broken) {
            int mutations = 1 + random.nextInt(3);
            for (int m = 0; m < mutations; m++) text = mutate(text);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
        if (broken && random.nextInt(8) == 0) bytes = insertBadUtf8(bytes);
        return bytes;
    }

    private String mutate(String text) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        switch (random.nextInt(5)) {
            case 0 -> {
                if (at < text.length()) return text.substring(0, at) + text.substring(at + 1);
                return text;
            }
            case 1 -> {
                return text.substring(0, at) + pick(SNIPPETS) + text.substring(at);
            }
            case 2 -> {
                if (at < text.length()) return text.substring(0, at) + pick(SNIPPETS) + text.substring(at + 1);
                return text + pick(SNIPPETS);
            }
            case 3 -> {
                return text.substring(0, at);
            }
            default -> {
                return text + pick(SNIPPETS);
            }
        }
    }

    private byte[] insertBadUtf8(byte[] bytes) {
        byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private String separator(boolean bare, String newline) {
        if (bare) return pick(", ", ",", " , ", ",\t", ", \\\n  ", ",\\\n");
        return pick(", ", ", ", ",\n", " ,\t", ",\n    ", "  # c\n,", ",\\\n", ", # c, 'x'\n ");
    }

    /** A string, sometimes in grouping parentheses, which Python allows inside the list. */
    private String element(String value, boolean bare, String newline) {
        if (random.nextInt(12) != 0) return stringLiteral(value, bare, newline);
        int depth = random.nextInt(10) == 0 ? 195 + random.nextInt(10) : 1 + random.nextInt(3);
        return "(".repeat(depth) + stringLiteral(value, bare, newline) + ")".repeat(depth);
    }

    /** One string, possibly split into adjacent literals of different styles. */
    private String stringLiteral(String value, boolean bare, String newline) {
        if (value.length() > 1 && random.nextInt(5) == 0) {
            int cut = random.nextInt(value.length());
            if (Character.isLowSurrogate(value.charAt(cut))) cut--;
            String gap = bare ? pick("", " ", " \\\n ") : pick("", " ", "\n", " # c\n  ", "\\\n");
            return stringLiteral(value.substring(0, Math.max(cut, 0)), bare, newline) + gap
                    + stringLiteral(value.substring(Math.max(cut, 0)), bare, newline);
        }
        String quote = pick("'", "'", "\"", "'''", "\"\"\"");
        boolean triple = quote.length() == 3;
        if (canBeRaw(value, quote) && random.nextInt(3) == 0) return pick("r", "R") + quote + value + quote;
        StringBuilder out = new StringBuilder(pick("", "", "", "u", "U")).append(quote);
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            boolean mustEscape = cp == '\\' || cp == '\'' || cp == '"' || cp == 0 || cp == '\r'
                    || (cp == '\n' && !triple) || Character.isSurrogate((char) cp)
                    || (triple && cp == '\n' && !newline.equals("\n"));
            if (mustEscape || random.nextInt(6) == 0) out.append(escape(cp));
            else out.appendCodePoint(cp);
        }
        return out.append(quote).toString();
    }

    private static boolean canBeRaw(String value, String quote) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\'' || c == '"' || c == '\n' || c == '\r' || c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private String escape(int cp) {
        switch (cp) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\\': return "\\\\";
            case '\'': return "\\'";
            case '"': return "\\\"";
            case 7: return "\\a";
            case 8: return "\\b";
            case 11: return "\\v";
            case 12: return "\\f";
            default: break;
        }
        int style = random.nextInt(5);
        if (style == 0 && cp < 0x200) {
            String octal = Integer.toOctalString(cp);
            return "\\" + (random.nextBoolean() ? "000".substring(octal.length()) + octal : octal);
        }
        if (style == 1) {
            String name = Character.getName(cp);
            if (name != null && name.indexOf('(') < 0 && !Character.isSurrogate((char) cp)
                    && !name.startsWith(String.valueOf(Character.UnicodeBlock.of(cp)).replace('_', ' ') + " ")) {
                return "\\N{" + (random.nextBoolean() ? name : name.toLowerCase(java.util.Locale.ROOT)) + "}";
            }
            if (random.nextInt(4) == 0) return "\\N{" + pick(NAMES) + "}";
        }
        if (cp <= 0xFF && style <= 2) return String.format(random.nextBoolean() ? "\\x%02x" : "\\x%02X", cp);
        if (cp <= 0xFFFF && style <= 3) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
