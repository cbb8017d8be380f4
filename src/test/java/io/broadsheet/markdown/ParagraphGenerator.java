package io.broadsheet.markdown;

import java.util.Random;

/** Random raw paragraphs rich in what Markdown and HTML read as markup, for seeded property tests. */
final class ParagraphGenerator {
    private static final String[] TEXT = {
            "*", "**", "_", "__", "#", "## ", "`", "```", "[", "]", "(", ")", "[a](b)", "![i](j)", "!", "\\", "\\*",
            "~", "~~~", "|", "=", "===", "-", "---", "+", ">", "<", "&lt;b&gt;", "&lt;", "&gt;", "&amp;",
            "&amp;copy;", "&amp;#42;", "&copy;", "&nbsp;", "&#42;", "&quot;", "\"", "'", ":", ";", ".", "2022. ",
            "1) ", "- ", "+ ", "> ", "    ", "\t", "\n", "\r\n", " ", " ", " ", "  ", "word", "a", "b", "x1",
            "é", "\u00a0", "“", "”", "—", "€", "\uD83D\uDE00", "é", "l’", "(", "{", "}", "$", "%", "^", "@",
            "\u0000", "\u000B", "\u2028", "\u0085", "\uFEFF", "\u200B", "e\u0301", "\u3000", "&amp;copy",
            "http://e.com", "&lt;http://e.com&gt;", "&lt;!--", "--&gt;"};
    private static final String[] HREF = {
            "https://e.com/a", "https://e.com/a b", "https://e.com/(x)", "https://e.com/a)b", "http://e.com/?a=1&amp;b=2",
            "https://e.com/&amp;copy;", "https://e.com/\\*", "mailto:a@b.c", "https://e.com/é", "https://e.com/<x>",
            "javascript:alert(1)", "ftp://e.com", "/relative", "https://e.com/\"q\"", "https://e.com/a_b*c"};
    private static final String[] TAGS = {"b", "strong", "i", "em", "span", "u"};

    private final Random random;

    ParagraphGenerator(Random random) {
        this.random = random;
    }

    String paragraph() {
        StringBuilder s = new StringBuilder();
        content(s, 0);
        return s.toString();
    }

    private void content(StringBuilder s, int depth) {
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            int kind = random.nextInt(10);
            if (depth < 3 && kind < 3) {
                String tag = TAGS[random.nextInt(TAGS.length)];
                s.append('<').append(tag).append('>');
                content(s, depth + 1);
                s.append("</").append(tag).append('>');
            } else if (depth < 3 && kind == 3) {
                s.append("<a href=\"").append(HREF[random.nextInt(HREF.length)]).append("\">");
                content(s, depth + 1);
                s.append("</a>");
            } else if (kind == 4) {
                s.append("<br>");
            } else {
                s.append(TEXT[random.nextInt(TEXT.length)]);
            }
        }
    }
}
