package io.broadsheet.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
        return cleanBody(html).html();
    }

    /**
     * The text of the sanitised paragraph, whitespace collapsed: what {@code Features.of(sanitize(html)).text()}
     * gives, without writing the clean HTML out and parsing it again.
     */
    public static String text(String html) {
        return Features.collapse(cleanBody(html).text());
    }

    /**
     * Whether {@link #text} of the paragraph, up to whitespace, is the paragraph itself less the characters HTML
     * forbids: it holds no markup ({@code <}), no character reference ({@code &}), no NUL, which the HTML
     * parser would replace, and none of the invisible characters (soft hyphen, zero-width spaces and joiners)
     * that jsoup leaves out of an element's text.
     */
    static boolean isPlainText(String html) {
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<' || c == '&' || c == 0 || c == '\u00ad' || c >= '\u200b' && c <= '\u200f'
                    || c >= '\u2060' && c <= '\u206f' || c == '\ufeff') {
                return false;
            }
        }
        return true;
    }

    /** For a paragraph that {@link #isPlainText is plain text}: its text with forbidden characters left out. */
    static String plainText(String html) {
        return withoutForbidden(html);
    }

    /**
     * A sanitised paragraph and its measures.
     *
     * @param html     the paragraph's safe inline HTML, as {@link #sanitize} gives it
     * @param features its measures, including what only the scraped paragraph shows
     */
    public record Measured(String html, Features features) {}

    /**
     * The sanitised paragraph as HTML and as measured: what {@code sanitize} gives, and what {@code Features.of}
     * makes of it beside the scraped paragraph, which alone shows links to the site's other pages and pictures.
     * The clean tree is measured as it is, not written out and parsed again, unless parsing would build a
     * different tree: a link inside a link, which the parser splits, or nesting deeper than it may keep.
     *
     * @param html untrusted inner HTML of a {@code <p>}
     */
    public static Measured measure(String html) {
        Document scraped = Jsoup.parseBodyFragment(html);
        Element body = cleanBody(scraped);
        String out = body.html();
        Element measured = reparsesAlike(body, 0) ? body : Jsoup.parseBodyFragment(out).body();
        return new Measured(out, Features.of(measured, scraped.body()));
    }

    /** Most levels of nesting a paragraph's clean tree may have to be measured without parsing it again. */
    private static final int MAX_DEPTH = 32;

    private static boolean reparsesAlike(Element element, int depth) {
        if (depth > MAX_DEPTH) return false;
        for (Element child : element.children()) {
            // select includes the link itself: more than one is a link inside it.
            if (child.nameIs("a") && child.select("a").size() > 1) return false;
            if (!reparsesAlike(child, depth + 1)) return false;
        }
        return true;
    }

    private static Element cleanBody(String html) {
        return cleanBody(Jsoup.parseBodyFragment(html));
    }

    /** Cleans a parsed paragraph into a new tree; the parsed one is left as it was. */
    private static Element cleanBody(Document dirty) {
        Document clean = new Cleaner(INLINE).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // A link whose address was refused is only text now; keep the text, drop the anchor.
        Set<Element> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a : clean.body().select("a")) {
            Optional<String> target = LinkTarget.normalise(a.attr("href"));
            if (target.isPresent()) a.attr("href", target.get()); else refused.add(a);
        }
        unwrapAll(refused);
        clean.body().traverse((node, depth) -> {
            if (node instanceof TextNode text) text.text(withoutForbidden(text.getWholeText()));
        });
        return clean.body();
    }

    /**
     * Replaces each of the elements by its children, as {@link Element#unwrap()} does one by one. jsoup renumbers
     * a parent's children at each unwrap, so unwrapping the thousands of anchors a paragraph of
     * {@code <a href=x>} holds (the parser makes them siblings) one by one took minutes; here each parent's children
     * are rebuilt once. No recursion: a paragraph can nest elements a hundred thousand deep.
     */
    private static void unwrapAll(Set<Element> unwrapped) {
        Set<Element> parents = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : unwrapped) {
            Element parent = e.parent();
            // One unwrapped inside another is lifted out with its parent's children.
            if (parent != null && !unwrapped.contains(parent)) parents.add(parent);
        }
        for (Element parent : parents) {
            List<Node> kept = new ArrayList<>();
            Deque<Node> pending = new ArrayDeque<>();
            pushDetachedChildren(parent, pending);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (node instanceof Element e && unwrapped.contains(e)) pushDetachedChildren(e, pending);
                else kept.add(node);
            }
            parent.appendChildren(kept);
        }
    }

    /** Detaches an element's children, last first (which costs jsoup no renumbering), onto a stack, first on top. */
    private static void pushDetachedChildren(Element element, Deque<Node> stack) {
        for (int i = element.childNodeSize() - 1; i >= 0; i--) {
            Node child = element.childNode(i);
            child.remove();
            stack.push(child);
        }
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
