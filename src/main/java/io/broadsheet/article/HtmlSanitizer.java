package io.broadsheet.article;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Reduces a paragraph's scraped inner HTML to the few inline tags an article needs: bold, italic, links and
 * line breaks. Every other element is replaced by its text; scripts, styles and their content, event
 * handlers and links of any scheme but http, https and mailto are removed.
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
        // A link whose address was refused is only text now; keep the text, drop the empty anchor.
        for (Element a : clean.body().select("a:not([href])")) a.unwrap();
        return clean.body().html();
    }
}
