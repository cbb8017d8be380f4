package io.broadsheet.parse;

/**
 * Reads one Python string literal (optional {@code r}/{@code u} prefix, any quote style) and appends its value.
 * Escapes are those of a Python 3 str literal; unknown ones are kept as written, as Python does.
 *
 * <p>Escapes of surrogates (backslash, {@code uD800}) are legal in Python and are kept as the same UTF-16 unit in the
 * Java string. A high and a low surrogate escape in a row therefore read as one supplementary character in Java,
 * where Python keeps two code points; no dump written by {@code str()} contains such escapes.
 */
final class StringLiteral {
    private final SourceText source;
    private final String text;
    private final StringBuilder out;

    StringLiteral(SourceText source, StringBuilder out) {
        this.source = source;
        this.text = source.text();
        this.out = out;
    }

    /**
     * Reads the literal starting at {@code start} (its prefix or opening quote, prefix already validated) and
     * returns the offset just after its closing quote.
     */
    int read(int start) throws DumpSyntaxException {
        int pos = start;
        boolean raw = false;
        while (!isQuote(text.charAt(pos))) {
            if (text.charAt(pos) == 'r' || text.charAt(pos) == 'R') raw = true;
            pos++;
        }
        char quote = text.charAt(pos);
        boolean triple = pos + 2 < text.length() && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote;
        pos += triple ? 3 : 1;
        int run = pos; // start of the pending run of ordinary characters, copied in one go
        while (true) {
            if (pos >= text.length()) throw source.error(start, "unterminated string");
            char c = text.charAt(pos);
            if (c == quote) {
                if (!triple) {
                    out.append(text, run, pos);
                    return pos + 1;
                }
                if (pos + 2 < text.length() && text.charAt(pos + 1) == quote && text.charAt(pos + 2) == quote) {
                    out.append(text, run, pos);
                    return pos + 3;
                }
                pos++;
            } else if (c == '\n' || c == '\r') {
                if (!triple) throw source.error(start, "unterminated string");
                out.append(text, run, pos).append('\n');
                pos = afterNewline(pos);
                run = pos;
            } else if (c == '\\') {
                out.append(text, run, pos);
                pos = raw ? rawBackslash(start, pos) : escape(start, pos);
                run = pos;
            } else {
                pos++;
            }
        }
    }

    /** In a raw string a backslash stays, and still protects the next character (even a quote or newline). */
    private int rawBackslash(int start, int backslash) throws DumpSyntaxException {
        int next = backslash + 1;
        if (next >= text.length()) throw source.error(start, "unterminated string");
        out.append('\\');
        char c = text.charAt(next);
        if (c == '\n' || c == '\r') {
            out.append('\n');
            return afterNewline(next);
        }
        out.append(c);
        return next + 1;
    }

    private int escape(int start, int backslash) throws DumpSyntaxException {
        int pos = backslash + 1;
        if (pos >= text.length()) throw source.error(start, "unterminated string");
        char c = text.charAt(pos);
        switch (c) {
            case '\n', '\r' -> {
                return afterNewline(pos);
            }
            case '\\', '\'', '"' -> out.append(c);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000B');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int value = 0;
                int end = pos;
                while (end < pos + 3 && end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '7') {
                    value = value * 8 + (text.charAt(end) - '0');
                    end++;
                }
                out.append((char) value);
                return end;
            }
            case 'x' -> {
                return hexEscape(backslash, 2, "truncated \\xhh escape");
            }
            case 'u' -> {
                return hexEscape(backslash, 4, "truncated \\uXXXX escape");
            }
            case 'U' -> {
                return hexEscape(backslash, 8, "truncated \\UXXXXXXXX escape");
            }
            case 'N' -> {
                return namedEscape(backslash);
            }
            default -> {
                // Python keeps unknown escapes, backslash included (with a warning); surrogate pairs stay whole.
                out.append('\\');
                return pos;
            }
        }
        return pos + 1;
    }

    private int hexEscape(int backslash, int digits, String truncated) throws DumpSyntaxException {
        int first = backslash + 2;
        int value = 0;
        for (int i = first; i < first + digits; i++) {
            int digit = i < text.length() ? hexDigit(text.charAt(i)) : -1;
            if (digit < 0) throw source.error(backslash, truncated);
            value = value * 16 + digit;
        }
        if (digits == 8 && (value < 0 || value > Character.MAX_CODE_POINT)) {
            throw source.error(backslash, "illegal Unicode character");
        }
        if (value <= 0xFFFF) out.append((char) value); // keeps lone surrogates as themselves
        else out.appendCodePoint(value);
        return first + digits;
    }

    private int namedEscape(int backslash) throws DumpSyntaxException {
        int open = backslash + 2;
        if (open >= text.length() || text.charAt(open) != '{') throw source.error(backslash, "malformed \\N escape");
        int close = text.indexOf('}', open + 1);
        if (close < 0 || close == open + 1) throw source.error(backslash, "malformed \\N escape");
        int cp = UnicodeNames.lookup(text.substring(open + 1, close));
        if (cp < 0) throw source.error(backslash, "unknown Unicode character name");
        out.appendCodePoint(cp);
        return close + 1;
    }

    private int afterNewline(int pos) {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') return pos + 2;
        return pos + 1;
    }

    /** ASCII only: Python does not take other scripts' digits in escapes. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }
}
