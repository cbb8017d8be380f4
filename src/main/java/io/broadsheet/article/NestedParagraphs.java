package io.broadsheet.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes out of a dump's paragraphs the paragraphs nested inside them that the dump also holds on their own.
 *
 * <p>A dump lists the inner HTML of every {@code <p>} of a page in page order. Where a page leaves its paragraphs
 * unclosed, or a template puts a {@code <p>} inside another, the scraper's parser nests them: the outer paragraph's
 * inner HTML holds the next paragraph, which holds the one after it, and so on to the end of the container, while
 * each of them is listed again on its own. A browser never shows a paragraph inside a paragraph (a {@code <p>}
 * start tag closes the open one), so the outer paragraph's own text ends where the nested one begins. Left as it
 * is, the outer paragraph shows everything after it a second time, and the classifier must keep or drop the
 * article and what follows it (teasers, sign-ups, comments) as one block. So a nested {@code <p>} whose text is
 * that of a later paragraph of the dump, after its own nested paragraphs were taken out, is removed from the
 * outer one; nested paragraphs the dump does not list again, and everything else in the outer paragraph, stay.
 */
public final class NestedParagraphs {
    private NestedParagraphs() {}

    /**
     * The dump's paragraphs with nested copies of later paragraphs taken out; the list itself when no paragraph
     * holds a {@code <p>}.
     *
     * @param rawParagraphs the dump's strings, untrusted HTML, in page order
     * @throws NullPointerException if a paragraph is null
     */
    public static List<String> unnest(List<String> rawParagraphs) {
        boolean any = false;
        for (String raw : rawParagraphs) {
            if (holdsParagraph(Objects.requireNonNull(raw, "paragraph"))) any = true;
        }
        if (!any) return rawParagraphs;
        List<String> out = new ArrayList<>(rawParagraphs);
        Set<String> later = new HashSet<>();
        for (int i = out.size() - 1; i >= 0; i--) {
            String raw = out.get(i);
            if (holdsParagraph(raw)) {
                Document doc = Jsoup.parseBodyFragment(raw);
                doc.outputSettings().prettyPrint(false);
                // The paragraph's own text, without anything nested in it, from a copy rather than a second parse.
                Document lead = doc.clone();
                lead.body().select("p").remove();
                List<String> nested = new ArrayList<>();
                boolean changed = false;
                for (Element p : doc.body().select("p")) {
                    String text = HtmlSanitizer.text(p.html());
                    if (text.isEmpty()) continue;
                    nested.add(text);
                    if (later.contains(text)) {
                        p.remove();
                        changed = true;
                    }
                }
                // A later paragraph is recognised by its own text, whatever is nested in it: the parser that made
                // the dump and this one may close the nested paragraphs in different places.
                later.add(HtmlSanitizer.text(lead.body().html()));
                later.addAll(nested);
                if (changed) {
                    raw = doc.body().html();
                    out.set(i, raw);
                }
            }
            String text = HtmlSanitizer.text(raw);
            if (!text.isEmpty()) later.add(text);
        }
        return out;
    }

    /**
     * Whether the HTML holds a {@code <p>} start tag: {@code (?i)<p[\\s/>]}, by hand since every paragraph of
     * every dump is asked, twice.
     */
    static boolean holdsParagraph(String html) {
        for (int i = html.indexOf('<'); i >= 0 && i + 2 < html.length(); i = html.indexOf('<', i + 1)) {
            char p = html.charAt(i + 1);
            char after = html.charAt(i + 2);
            if ((p == 'p' || p == 'P') && (after == '/' || after == '>' || Features.isAsciiSpace(after))) {
                return true;
            }
        }
        return false;
    }
}
