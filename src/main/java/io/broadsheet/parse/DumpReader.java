package io.broadsheet.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A single-pass recursive-descent reader for the small part of Python's expression grammar that
 * {@code ast.literal_eval} can turn into a list or tuple of strings. It works directly on the decoded text,
 * so the tokenizer and the grammar share one cursor and nothing is buffered.
 *
 * <p>Line endings are handled as CPython's string tokenizer handles them: CRLF and a lone CR are newlines,
 * and inside a triple-quoted string each of them becomes {@code "\n"} in the value.
 */
final class DumpReader {
    /** CPython's tokenizer refuses to open more brackets than this ({@code MAXLEVEL}). */
    private static final int MAX_NESTING = 200;

    private final SourceText source;
    private final String text;
    private int pos;
    /** Open brackets: inside any bracket, newlines and indentation are insignificant. */
    private int nesting;

    DumpReader(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    /** A list or tuple literal seen where containers are allowed: only at the top, possibly in parentheses. */
    private record Container(int start, List<String> items) {}

    List<String> read() throws DumpSyntaxException {
        int nul = text.indexOf('\0');
        if (nul >= 0) throw source.error(nul, "NUL characters are not allowed");
        // ast.literal_eval strips leading spaces and tabs, and nothing else, before compiling.
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) pos++;
        skipBlankLinesBeforeExpression();
        int start = pos;
        Object top = readAtom(true);
        skipTrivia();
        if (pos < text.length() && text.charAt(pos) == ',') {
            if (top instanceof Container c) throw source.error(c.start(), "nested lists and tuples are not allowed");
            top = readBareTuple(start, (String) top);
        }
        expectEndOfInput();
        if (top instanceof Container c) return c.items();
        throw source.error(start, "a bare string is not a list");
    }

    /** Blank and comment-only lines may precede the expression, whose own line must not be indented. */
    private void skipBlankLinesBeforeExpression() throws DumpSyntaxException {
        boolean blank = true;
        while (blank && pos < text.length()) blank = skipBlankLine(false);
        if (pos >= text.length()) throw source.error(pos, "empty file");
    }

    /**
     * At the start of a logical line outside brackets, consumes the line if it is blank (only whitespace and a
     * comment) and returns true; returns false, consuming only indentation, if a token follows. CPython's tokenizer
     * measures indentation there: a token or (after the expression) the end of the file after indentation is an
     * unexpected indent. A form feed resets the measure; across explicit line joins the indentation before the
     * first join counts if there is any, otherwise the indentation after them (CPython's {@code cont_line_col}).
     */
    private boolean skipBlankLine(boolean afterExpression) throws DumpSyntaxException {
        boolean indented = false;
        boolean indentedBeforeJoin = false;
        boolean joined = false;
        while (true) {
            if (pos >= text.length()) {
                if ((indented || indentedBeforeJoin) && afterExpression) throw source.error(pos, "unexpected indent");
                return true;
            }
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t') {
                indented = true;
                pos++;
            } else if (c == '\f') {
                indented = false;
                pos++;
            } else if (c == '\\') {
                if (!joined) indentedBeforeJoin = indented;
                joined = true;
                skipLineContinuation();
            } else if (c == '#') {
                skipComment();
                skipNewline();
                return true;
            } else if (skipNewline()) {
                return true;
            } else {
                if (indented || indentedBeforeJoin) throw source.error(pos, "unexpected indent");
                return false;
            }
        }
    }

    /** Python's eval mode accepts {@code 'a', 'b'} without brackets; it ends at the end of the logical line. */
    private Container readBareTuple(int start, String first) throws DumpSyntaxException {
        List<String> items = new ArrayList<>();
        items.add(first);
        while (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            skipTrivia();
            if (atEndOfLogicalLine()) break;
            items.add(readElement());
            skipTrivia();
        }
        if (!atEndOfLogicalLine()) throw source.error(pos, "expected ',' or the end of the line");
        return new Container(start, Collections.unmodifiableList(items));
    }

    private boolean atEndOfLogicalLine() {
        return pos >= text.length() || isNewline(text.charAt(pos));
    }

    private void expectEndOfInput() throws DumpSyntaxException {
        skipTrivia();
        if (pos >= text.length()) return;
        if (!skipNewline()) throw source.error(pos, "unexpected text after the list");
        while (pos < text.length()) {
            if (!skipBlankLine(true)) throw source.error(pos, "unexpected text after the list");
        }
    }

    /**
     * Reads one atom. Strings come back as {@link String}; a list or tuple as a {@link Container}, which is only
     * accepted where {@code containerAllowed} (the top level, or parentheses that merely group it).
     */
    private Object readAtom(boolean containerAllowed) throws DumpSyntaxException {
        skipTrivia();
        if (pos >= text.length()) throw source.error(pos, "unexpected end of file");
        char c = text.charAt(pos);
        switch (c) {
            case '[':
                if (!containerAllowed) throw source.error(pos, "nested lists and tuples are not allowed");
                return readList();
            case '(':
                return readParenthesised(containerAllowed);
            case '{':
                throw source.error(pos, "dicts and sets are not allowed");
            case '\'':
            case '"':
                return readStrings();
            default:
                break;
        }
        if (isIdentifierStart(c)) {
            int end = identifierEnd(pos);
            if (end < text.length() && isQuote(text.charAt(end))) {
                checkPrefix(pos, end);
                return readStrings();
            }
            String word = text.substring(pos, end);
            throw source.error(pos, word.equals("None") ? "None is not allowed" : "names are not allowed");
        }
        if ((c >= '0' && c <= '9') || (c == '.' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1)))) {
            throw source.error(pos, "numbers are not allowed");
        }
        if (c == '-' || c == '+') throw source.error(pos, "numbers are not allowed");
        throw source.error(pos, describeUnexpected(c));
    }

    private String readElement() throws DumpSyntaxException {
        return (String) readAtom(false);
    }

    private Container readList() throws DumpSyntaxException {
        int start = pos;
        open();
        List<String> items = new ArrayList<>();
        while (true) {
            skipTrivia();
            if (pos < text.length() && text.charAt(pos) == ']') break;
            items.add(readElement());
            skipTrivia();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            if (pos < text.length() && text.charAt(pos) == ']') break;
            throw unexpected("expected ',' or ']'");
        }
        close();
        return new Container(start, Collections.unmodifiableList(items));
    }

    /** {@code ()} is an empty tuple, {@code (x)} is just x, {@code (x,)} is a tuple. */
    private Object readParenthesised(boolean containerAllowed) throws DumpSyntaxException {
        int start = pos;
        open();
        skipTrivia();
        if (pos < text.length() && text.charAt(pos) == ')') {
            if (!containerAllowed) throw source.error(start, "nested lists and tuples are not allowed");
            close();
            return new Container(start, List.of());
        }
        Object first = readAtom(containerAllowed);
        skipTrivia();
        if (pos < text.length() && text.charAt(pos) == ')') {
            close();
            return first;
        }
        if (pos >= text.length() || text.charAt(pos) != ',') throw unexpected("expected ',' or ')'");
        if (!containerAllowed) throw source.error(start, "nested lists and tuples are not allowed");
        if (first instanceof Container c) throw source.error(c.start(), "nested lists and tuples are not allowed");
        List<String> items = new ArrayList<>();
        items.add((String) first);
        while (true) {
            pos++; // the comma
            skipTrivia();
            if (pos < text.length() && text.charAt(pos) == ')') break;
            items.add(readElement());
            skipTrivia();
            if (pos < text.length() && text.charAt(pos) == ')') break;
            if (pos >= text.length() || text.charAt(pos) != ',') throw unexpected("expected ',' or ')'");
        }
        close();
        return new Container(start, Collections.unmodifiableList(items));
    }

    private void open() throws DumpSyntaxException {
        if (nesting >= MAX_NESTING) throw source.error(pos, "too many nested brackets");
        nesting++;
        pos++;
    }

    private void close() {
        nesting--;
        pos++;
    }

    private DumpSyntaxException unexpected(String expectation) {
        if (pos >= text.length()) return source.error(pos, "unexpected end of file");
        return source.error(pos, expectation);
    }

    /** Adjacent literals concatenate, as in Python: {@code 'a' "b"} is {@code 'ab'}. */
    private String readStrings() throws DumpSyntaxException {
        StringBuilder value = new StringBuilder();
        StringLiteral literal = new StringLiteral(source, value);
        do {
            pos = literal.read(pos);
            skipTrivia();
        } while (atStringStart());
        return value.toString();
    }

    private boolean atStringStart() throws DumpSyntaxException {
        if (pos >= text.length()) return false;
        char c = text.charAt(pos);
        if (isQuote(c)) return true;
        if (!isIdentifierStart(c)) return false;
        int end = identifierEnd(pos);
        if (end >= text.length() || !isQuote(text.charAt(end))) return false;
        checkPrefix(pos, end);
        return true;
    }

    /** Only str prefixes are accepted; bytes and f-strings are refused by name, as users will meet them. */
    private void checkPrefix(int start, int end) throws DumpSyntaxException {
        String prefix = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        switch (prefix) {
            case "r", "u" -> { }
            case "b", "br", "rb" -> throw source.error(start, "bytes literals are not allowed");
            case "f", "fr", "rf" -> throw source.error(start, "f-strings are not allowed");
            default -> throw source.error(start, "invalid string prefix");
        }
    }

    /**
     * Skips what separates tokens: spaces, tabs, form feeds, comments, explicit line joins, and, inside brackets,
     * newlines. Stops at a newline outside brackets, since that ends the expression.
     */
    private void skipTrivia() throws DumpSyntaxException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') pos++;
            else if (c == '#') skipComment();
            else if (c == '\\') skipLineContinuation();
            else if (nesting > 0 && skipNewline()) continue;
            else return;
        }
    }

    private void skipLineContinuation() throws DumpSyntaxException {
        int backslash = pos;
        pos++;
        if (!skipNewline()) {
            throw source.error(backslash, "unexpected character after line continuation character");
        }
        if (pos >= text.length()) throw source.error(backslash, "unexpected end of file after line continuation");
    }

    private void skipComment() {
        while (pos < text.length() && !isNewline(text.charAt(pos))) pos++;
    }

    /** Consumes LF, CRLF or CR. */
    private boolean skipNewline() {
        if (pos >= text.length()) return false;
        char c = text.charAt(pos);
        if (c == '\n') {
            pos++;
            return true;
        }
        if (c == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') pos++;
            return true;
        }
        return false;
    }

    private int identifierEnd(int from) {
        int end = from;
        while (end < text.length() && isIdentifierPart(text.charAt(end))) end++;
        return end;
    }

    private String describeUnexpected(char c) {
        if (isNewline(c)) return nesting > 0 ? "unexpected end of line" : "expected a list, found the end of the line";
        if (c == ']' || c == ')' || c == '}' || c == ',') return "unexpected '" + c + "'";
        int cp = text.codePointAt(pos);
        if (!isVisible(cp)) return String.format("invalid character U+%04X", cp);
        return "unexpected character '" + new String(Character.toChars(cp)) + "'";
    }

    /** Invisible characters are named by code point, so the message shows what is really there. */
    private static boolean isVisible(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r';
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }
}
