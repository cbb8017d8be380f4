package io.broadsheet.parse;

import java.util.List;
import java.util.Objects;

/**
 * Reads a dump: the text of one Python list or tuple of string literals, exactly as {@code ast.literal_eval}
 * reads it. Nothing in the dump is ever evaluated.
 *
 * <p>Decisions where Java and Python differ, or where "exactly" needed a definition:
 * <ul>
 *   <li>The text is decoded like {@code bytes.decode('utf-8-sig')} and then read like {@code ast.literal_eval}
 *       reads a str: CRLF and lone CR are newlines, and inside triple-quoted strings each becomes {@code "\n"}
 *       (CPython translates newlines before tokenizing).</li>
 *   <li>Escaped lone surrogates (backslash, {@code ud800}) are kept as that UTF-16 unit; see {@link StringLiteral}.</li>
 *   <li>{@code \N{...}} resolves names as CPython 3.11 does (Unicode 14, aliases included); see
 *       {@link UnicodeNames}.</li>
 *   <li>An empty list or tuple is not an error: it returns an empty list and the caller decides.</li>
 * </ul>
 */
public final class DumpParser {
    private DumpParser() {}

    /**
     * Parses a dump.
     *
     * @param file    the name to report in errors, such as {@code seeds/a.txt}
     * @param content the dump's bytes: UTF-8, optionally with a byte-order mark
     * @return the strings of the list, in order
     * @throws DumpSyntaxException if the content is not a list or tuple of strings
     */
    public static List<String> parse(String file, byte[] content) throws DumpSyntaxException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        return new DumpReader(SourceText.decode(file, content)).read();
    }
}
