package io.broadsheet.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The decoded text of one dump and the means to turn an offset into it into a {@code line:col} error.
 * Positions are only computed when an error is raised, so the happy path never pays for them.
 */
final class SourceText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String file;
    private final String text;

    private SourceText(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Decodes UTF-8 strictly, as Python's {@code bytes.decode('utf-8-sig')} does: one leading byte-order mark is
     * dropped; overlong forms, encoded surrogates and truncated sequences are refused at the first bad byte.
     */
    static SourceText decode(String file, byte[] content) throws DumpSyntaxException {
        int start = hasBom(content) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            // The decoder stops at the first byte of the bad sequence; everything before it is valid text.
            String valid = out.flip().toString();
            throw new SourceText(file, valid).error(valid.length(), "invalid UTF-8");
        }
        if (result.isOverflow()) throw new IllegalStateException("UTF-8 never needs more chars than bytes");
        return new SourceText(file, out.flip().toString());
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= BOM.length
                && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    String text() {
        return text;
    }

    /**
     * The exception for a problem at {@code offset} (a char index, possibly {@code text.length()} for end of
     * file). Lines break at LF, CRLF and a lone CR, as Python's tokenizer sees them; columns count code points.
     */
    DumpSyntaxException error(int offset, String reason) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = text.codePointCount(lineStart, offset) + 1;
        return new DumpSyntaxException(file, line, column, reason);
    }
}
