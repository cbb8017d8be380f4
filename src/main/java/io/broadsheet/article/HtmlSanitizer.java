package io.broadsheet.article;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces a paragraph's scraped inner HTML to the few inline tags an article needs: bold, italic, links and
 * line breaks. Every other element is replaced by its text; scripts, styles and their content, event
 * handlers and links of any scheme but http, https and mailto are removed. Link addresses are made valid
 * ({@link LinkTarget}), and characters that HTML forbids (control characters, lone surrogates, noncharacters) are
 * dropped from the text; the dump itself keeps them.
 */
public final class HtmlSanitizer {
    private static final Safelist INLINE = new Safelist()
            .addTags("b", "strong", "i", "em", "a", "br")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto");

    private HtmlSanitizer() {}

    /**
     * Sanitises one paragraph's inner HTML.
     *
     * @param html untrusted inner HTML of a {@code <p>}
     * @return safe inline HTML, with text escaped as needed
     */
    public static String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(INLINE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        for (Element a : clean.body().select("a")) {
            Optional<String> target = LinkTarget.normalise(a.attr("href"));
            // A link whose address was refused is only text now; keep the text, drop the anchor.
            if (target.isPresent()) a.attr("href", target.get()); else a.unwrap();
        }
        clean.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) text.text(withoutForbidden(text.getWholeText()));
        });
        return clean.body().html();
    }

    private static String withoutForbidden(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (isForbidden(c)) {
                if (out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean isForbidden(int c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f;
        boolean nonCharacter = c >= 0xfdd0 && c <= 0xfdef || (c & 0xfffe) == 0xfffe;
        return control || nonCharacter || Character.isSurrogate((char) c) && c <= 0xffff;
    }
}
