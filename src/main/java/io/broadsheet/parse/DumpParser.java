package io.broadsheet.parse;

import java.util.List;

/**
 * Reads a dump: the text of one Python list or tuple of string literals, exactly as {@code ast.literal_eval}
 * reads it. Nothing in the dump is ever evaluated.
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
        throw new UnsupportedOperationException("TODO parser");
    }
}
