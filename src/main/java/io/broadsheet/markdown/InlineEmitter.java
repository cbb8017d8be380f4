package io.broadsheet.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes a paragraph's {@link InlineRun runs} as CommonMark. One instance writes one paragraph at a time and is
 * not shared.
 *
 * <p>Why it is careful: CommonMark reads {@code *} runs by what surrounds them (the flanking rules), reads
 * {@code #}, {@code -}, {@code 1.} and the like as blocks at the start of a line, and reads {@code &name;} as an
 * entity. Each formatted run is therefore checked against the characters that will really stand around its
 * delimiters, and falls back to generated {@code <strong>}/{@code <em>} tags when the check cannot guarantee it.
 */
final class InlineEmitter {
    /** What CommonMark reads as an entity or numeric character reference. */
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,47});");
    /** An ordered list marker at the start of a line: its delimiter is escaped. */
    private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)](?: |$)");
    private static final Pattern HTML_SPACES = Pattern.compile("[ \t\n\r\f]+");
    /** Characters a line may not start with unescaped: block quotes, headings, lists, breaks, fences, underlines. */
    private static final String LINE_START_SPECIAL = "#>-+=~";
    /** Source character standing for "start or end of the line", which CommonMark counts as whitespace. */
    private static final int EDGE = -1;
    private static final int PLAIN = 0;
    private static final int ITALIC = 1;
    private static final int BOLD = 2;

    private final boolean heading;
    private final StringBuilder out = new StringBuilder();

    /** @param heading whether to write the content of an ATX heading (one line, every {@code #} escaped) */
    InlineEmitter(boolean heading) {
        this.heading = heading;
    }

    String emit(List<InlineRun> runs) {
        out.setLength(0);
        List<List<InlineRun>> groups = groupByLink(runs);
        for (List<InlineRun> group : groups) emitGroup(group);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    /** Consecutive runs in the same link (or in none), in order. */
    private static List<List<InlineRun>> groupByLink(List<InlineRun> runs) {
        List<List<InlineRun>> groups = new ArrayList<>();
        List<InlineRun> current = null;
        for (InlineRun run : runs) {
            if (current == null || !Objects.equals(current.get(0).link(), run.link())) {
                current = new ArrayList<>();
                groups.add(current);
            }
            current.add(run);
        }
        return groups;
    }

    private void emitGroup(List<InlineRun> group) {
        InlineRun.Link link = group.get(0).link();
        List<Chunk> chunks = chunks(group);
        if (link == null) {
            emitChunks(chunks, '[');
            return;
        }
        // flexmark trims spaces at the edges of link text, so they are written outside the link; a reader
        // sees the same text, and the formatting of a space is invisible.
        String leading = takeEdgeSpaces(chunks, true);
        String trailing = takeEdgeSpaces(chunks, false);
        if (!atLineStart()) out.append(leading);
        if (isMarkdownDestination(link.href())) {
            // Only here can a '!' of the text make an image of what follows, so only here is it escaped.
            if (!atLineStart() && out.charAt(out.length() - 1) == '!') out.insert(out.length() - 1, '\\');
            out.append('[');
            emitChunks(chunks, ']');
            out.append("](").append(destination(link.href())).append(')');
        } else {
            out.append("<a href=\"").append(attribute(link.href())).append("\">");
            emitChunks(chunks, '<');
            out.append("</a>");
        }
        out.append(trailing);
    }

    /** Removes the spaces at the front or back of the chunks, if plain text stands there, and returns them. */
    private static String takeEdgeSpaces(List<Chunk> chunks, boolean front) {
        if (chunks.isEmpty()) return "";
        int index = front ? 0 : chunks.size() - 1;
        Chunk c = chunks.get(index);
        if (c.isBreak || c.format != PLAIN) return "";
        int i = front ? 0 : c.text.length();
        if (front) while (i < c.text.length() && c.text.charAt(i) == ' ') i++;
        else while (i > 0 && c.text.charAt(i - 1) == ' ') i--;
        String spaces = front ? c.text.substring(0, i) : c.text.substring(i);
        String rest = front ? c.text.substring(i) : c.text.substring(0, i);
        if (rest.isEmpty()) chunks.remove(index);
        else chunks.set(index, new Chunk(rest, PLAIN));
        return spaces;
    }

    /**
     * Writes chunks. {@code after} is the first source character that will follow them; at the very end of the
     * paragraph nothing follows, but any stand-in punctuation gives the same flanking verdict as the edge there.
     */
    private void emitChunks(List<Chunk> chunks, int after) {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            if (chunk.isBreak) {
                out.append(heading ? "<br />" : "\\\n");
            } else if (chunk.format == PLAIN) {
                String text = atLineStart() ? stripLeadingSpaces(chunk.text) : chunk.text;
                if (!text.isEmpty()) out.append(escape(text, atLineStart()));
            } else {
                int next = i + 1 < chunks.size() ? firstSourceChar(chunks.get(i + 1)) : after;
                emitFormatted(chunk, next);
            }
        }
    }

    private void emitFormatted(Chunk chunk, int next) {
        String source = escape(chunk.text, atLineStart());
        int before = atLineStart() ? EDGE : out.codePointBefore(out.length());
        int first = source.codePointAt(0);
        int last = source.codePointBefore(source.length());
        boolean opens = before != '*' && !mayBeWhitespace(first)
                && (!mayBePunctuation(first) || isWhitespaceOrPunctuation(before));
        // An escaped '*' just before the closer would stand next to its delimiter run; not worth the risk.
        boolean closes = next != '*' && last != '*' && !mayBeWhitespace(last)
                && (!mayBePunctuation(last) || isWhitespaceOrPunctuation(next));
        if (chunk.format == (BOLD | ITALIC)) {
            // flexmark lacks CommonMark's exception to the "rule of three", so a *** run that could both open
            // and close is never matched with another *** run: such runs must be unambiguous.
            opens &= isWhitespace(before) || (isPunctuation(before) && isWordChar(first));
            closes &= isWhitespace(next) || (isPunctuation(next) && isWordChar(last));
        }
        if (opens && closes) {
            String delimiter = "*".repeat(chunk.format);
            out.append(delimiter).append(source).append(delimiter);
        } else {
            boolean bold = (chunk.format & BOLD) != 0;
            boolean italic = (chunk.format & ITALIC) != 0;
            out.append(bold ? "<strong>" : "").append(italic ? "<em>" : "").append(source)
                    .append(italic ? "</em>" : "").append(bold ? "</strong>" : "");
        }
    }

    /** The first source character a chunk will write, as far as flanking is concerned. */
    private int firstSourceChar(Chunk chunk) {
        if (chunk.isBreak) return heading ? '<' : '\\';
        // A formatted chunk starts with '*' or '<'; both are punctuation, and a following '*' run is then
        // refused by the check on the character before it.
        if (chunk.format != PLAIN) return '<';
        return escape(chunk.text, false).codePointAt(0);
    }

    private boolean atLineStart() {
        return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
    }

    /** Text with every character CommonMark could read as markup, where it stands, backslash-escaped. */
    private String escape(String text, boolean lineStart) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        int orderedDelimiter = lineStart && ORDERED_MARKER.matcher(text).find() ? markerDelimiter(text) : -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean last = i + n >= text.length();
            if (needsEscape(text, i, c, last, lineStart, orderedDelimiter)) s.append('\\');
            s.appendCodePoint(c);
            i += n;
        }
        return s.toString();
    }

    private boolean needsEscape(String text, int i, int c, boolean last, boolean lineStart, int orderedDelimiter) {
        return switch (c) {
            case '\\', '`', '*', '[', ']' -> true;
            // Inside a word '_' can neither open nor close emphasis.
            case '_' -> i == 0 || last || !Character.isLetterOrDigit(text.codePointBefore(i))
                    || !Character.isLetterOrDigit(text.codePointAt(i + 1));
            // "a < b" is never a tag or autolink; "<b>" or a '<' before whatever follows might be.
            case '<' -> last || text.charAt(i + 1) != ' ';
            case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
            case '#' -> heading || (lineStart && i == 0);
            default -> (lineStart && i == 0 && LINE_START_SPECIAL.indexOf(c) >= 0) || i == orderedDelimiter;
        };
    }

    private static int markerDelimiter(String text) {
        int i = 0;
        while (text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        return i;
    }

    private static String stripLeadingSpaces(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return text.substring(i);
    }

    /**
     * Whether this address can be written as a Markdown link destination that flexmark reads back unchanged. It
     * reads no spaces in {@code <...>} destinations and writes an escaped {@code \&} unescaped into the attribute,
     * so such addresses (rare in practice) get a generated {@code <a href>} instead.
     */
    private static boolean isMarkdownDestination(String href) {
        return href.chars().noneMatch(c -> c <= 0x20 || c == 0x7F) && !ENTITY.matcher(href).find();
    }

    /** The address as a link destination: bare when it can be, else in angle brackets. */
    private static String destination(String href) {
        boolean bare = !href.isEmpty() && href.chars().noneMatch(c -> " ()<>\\".indexOf(c) >= 0);
        StringBuilder s = new StringBuilder(href.length() + 4);
        if (!bare) s.append('<');
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            boolean escape = c == '\\' || c == '<' || c == '>';
            if (escape) s.append('\\');
            s.append(c);
        }
        if (!bare) s.append('>');
        return s.toString();
    }

    /** The address as a double-quoted HTML attribute value, on one line. */
    private static String attribute(String href) {
        StringBuilder s = new StringBuilder(href.length() + 8);
        href.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                default -> {
                    if (c < 0x20 || c == 0x7F) s.append("&#").append(c).append(';');
                    else s.appendCodePoint(c);
                }
            }
        });
        return s.toString();
    }

    private static boolean isWhitespace(int c) {
        return c == EDGE || c == ' ' || c == '\n';
    }

    /** Neither whitespace nor punctuation, by any CommonMark version's definition. */
    private static boolean isWordChar(int c) {
        return !mayBeWhitespace(c) && !mayBePunctuation(c);
    }

    private static boolean mayBeWhitespace(int c) {
        return c == EDGE || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Punctuation by any CommonMark version's definition (later ones add symbols). */
    private static boolean mayBePunctuation(int c) {
        if (isPunctuation(c)) return true;
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL
                || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
    }

    /** Whitespace or punctuation by every CommonMark version's definition. */
    private static boolean isWhitespaceOrPunctuation(int c) {
        return isWhitespace(c) || isPunctuation(c);
    }

    private static boolean isPunctuation(int c) {
        if (c < 0x80) return c > 0x20 && c < 0x7F && !Character.isLetterOrDigit(c);
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /**
     * The group's runs as chunks: whitespace collapsed as HTML shows it, equal formatting merged (also across
     * blank text, whose formatting nobody sees), and spaces moved out of formatted text so that no delimiter
     * stands next to whitespace.
     */
    private static List<Chunk> chunks(List<InlineRun> group) {
        List<Chunk> merged = new ArrayList<>();
        // Runs of one format are gathered before they become a chunk: joining them pairwise copied the text so
        // far at each run, and a paragraph of a hundred thousand italic runs took minutes.
        StringBuilder pending = new StringBuilder();
        int pendingFormat = PLAIN;
        for (InlineRun run : group) {
            if (run.isBreak()) {
                flush(merged, pending, pendingFormat);
                merged.add(Chunk.BREAK);
                continue;
            }
            String text = HTML_SPACES.matcher(run.text()).replaceAll(" ");
            if (text.isEmpty()) continue;
            int format = isSpaces(text) ? PLAIN : (run.bold() ? BOLD : 0) | (run.italic() ? ITALIC : 0);
            if (format != pendingFormat) {
                flush(merged, pending, pendingFormat);
                pendingFormat = format;
            }
            pending.append(text);
        }
        flush(merged, pending, pendingFormat);
        return moveSpacesOut(bridgeSpaces(merged));
    }

    private static void flush(List<Chunk> chunks, StringBuilder text, int format) {
        if (text.length() > 0) chunks.add(new Chunk(text.toString(), format));
        text.setLength(0);
    }

    /**
     * Joins chunks of one format that only spaces part, so that "<b>a</b> <b>b</b> <b>c</b>" is one run; each
     * run is gathered whole before it becomes a chunk, for the reason {@link #chunks} gives.
     */
    private static List<Chunk> bridgeSpaces(List<Chunk> chunks) {
        List<Chunk> result = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            StringBuilder joined = null;
            while (c.isFormatted() && i + 2 < chunks.size() && chunks.get(i + 1).isSpaces()
                    && chunks.get(i + 2).isFormatted() && chunks.get(i + 2).format == c.format) {
                if (joined == null) joined = new StringBuilder(c.text);
                joined.append(chunks.get(i + 1).text).append(chunks.get(i + 2).text);
                i += 2;
            }
            result.add(joined == null ? c : new Chunk(joined.toString(), c.format));
        }
        return result;
    }

    /** Moves leading and trailing spaces of formatted chunks into plain chunks beside them. */
    private static List<Chunk> moveSpacesOut(List<Chunk> chunks) {
        List<Chunk> result = new ArrayList<>();
        for (Chunk c : chunks) {
            if (!c.isFormatted()) {
                append(result, c);
                continue;
            }
            int lead = 0;
            while (lead < c.text.length() && c.text.charAt(lead) == ' ') lead++;
            int end = c.text.length();
            while (end > lead && c.text.charAt(end - 1) == ' ') end--;
            if (lead > 0) append(result, new Chunk(c.text.substring(0, lead), PLAIN));
            if (end > lead) append(result, new Chunk(c.text.substring(lead, end), c.format));
            if (end < c.text.length()) append(result, new Chunk(c.text.substring(Math.max(end, lead)), PLAIN));
        }
        return result;
    }

    private static boolean isSpaces(String text) {
        return text.chars().allMatch(c -> c == ' ');
    }

    private static void append(List<Chunk> chunks, Chunk chunk) {
        if (!chunks.isEmpty()) {
            Chunk prev = chunks.get(chunks.size() - 1);
            if (!prev.isBreak && !chunk.isBreak && prev.format == chunk.format) {
                chunks.set(chunks.size() - 1, new Chunk(prev.text + chunk.text, prev.format));
                return;
            }
        }
        chunks.add(chunk);
    }

    /** Text of one format ({@link #PLAIN}, or {@link #BOLD} and/or {@link #ITALIC}), or a line break. */
    private record Chunk(String text, int format, boolean isBreak) {
        static final Chunk BREAK = new Chunk("", PLAIN, true);

        Chunk(String text, int format) {
            this(text, format, false);
        }

        boolean isFormatted() {
            return !isBreak && format != PLAIN;
        }

        boolean isSpaces() {
            return !isBreak && format == PLAIN && InlineEmitter.isSpaces(text);
        }
    }
}
