package io.broadsheet.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a reader sees of an HTML fragment: its text, every visible character with its formatting, and its links.
 * Whitespace carries no formatting a reader could see, so only the other characters are compared.
 *
 * @param text  the fragment's text as jsoup gives it (whitespace collapsed)
 * @param chars every non-whitespace character with whether it is bold, italic and which link it is in
 * @param hrefs the addresses of the fragment's links, in order
 */
record VisibleText(String text, List<Styled> chars, List<String> hrefs) {

    /** One visible character and its formatting; {@code href} is null outside links. */
    record Styled(int codePoint, boolean bold, boolean italic, String href) {
        @Override
        public String toString() {
            return new String(Character.toChars(codePoint)) + (bold ? "B" : "") + (italic ? "I" : "")
                    + (href == null ? "" : "@" + href);
        }
    }

    static VisibleText ofHtml(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<Styled> chars = new ArrayList<>();
        collect(body, false, false, null, chars);
        List<String> hrefs = body.select("a[href]").eachAttr("href");
        return new VisibleText(Jsoup.parse(html).text(), chars, hrefs);
    }

    private static void collect(Node node, boolean bold, boolean italic, String href, List<Styled> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                t.getWholeText().codePoints().filter(c -> !StringUtil.isActuallyWhitespace(c))
                        .forEach(c -> out.add(new Styled(c, bold, italic, href)));
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                collect(e, bold || tag.equals("b") || tag.equals("strong"),
                        italic || tag.equals("i") || tag.equals("em"),
                        tag.equals("a") && e.hasAttr("href") ? e.attr("href") : href, out);
            }
        }
    }
}
