package io.broadsheet.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A test-only reader for what Python's {@code str()} of a list of strings prints, so the markdown tests can read
 * dumps without depending on the parser stage. Handles exactly what {@code repr(str)} produces.
 */
final class PythonListReader {
    private final String s;
    private int i;

    private PythonListReader(String s) {
        this.s = s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static List<String> read(String dump) {
        return new PythonListReader(dump).list();
    }

    private List<String> list() {
        List<String> items = new ArrayList<>();
        skipSpace();
        expect('[');
        skipSpace();
        if (peek() == ']') return items;
        while (true) {
            skipSpace();
            items.add(string());
            skipSpace();
            if (peek() == ',') {
                i++;
                skipSpace();
                if (peek() == ']') break;
            } else {
                break;
            }
        }
        expect(']');
        return items;
    }

    private String string() {
        char quote = s.charAt(i++);
        if (quote != '\'' && quote != '"') throw new IllegalArgumentException("string expected at " + (i - 1));
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == quote) return b.toString();
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'x' -> b.appendCodePoint(hex(2));
                case 'u' -> b.appendCodePoint(hex(4));
                case 'U' -> b.appendCodePoint(hex(8));
                case '\\', '\'', '"' -> b.append(e);
                default -> b.append('\\').append(e);
            }
        }
    }

    private int hex(int digits) {
        int v = Integer.parseInt(s.substring(i, i + digits), 16);
        i += digits;
        return v;
    }

    private char peek() {
        return s.charAt(i);
    }

    private void expect(char c) {
        if (s.charAt(i) != c) throw new IllegalArgumentException("'" + c + "' expected at " + i);
        i++;
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
