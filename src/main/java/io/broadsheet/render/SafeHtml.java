package io.broadsheet.render;

import io.broadsheet.markdown.MarkdownHtml;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Renders archived Markdown to HTML that is safe to put in a page. Markdown files may have been edited by
 * hand, and CommonMark passes raw HTML through, so flexmark's output is cleaned again with a strict safelist.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class SafeHtml {
    private static final String REL = "nofollow noopener";

    /** What the reading view may hold: paragraphs, two heading levels, quotes, lists and inline markup. */
    private static final Safelist BODY = new Safelist()
            .addTags("p", "h2", "h3", "strong", "em", "b", "i", "a", "br", "blockquote", "ul", "ol", "li", "code")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", REL);

    /** What an aside, shown inside a paragraph of the template, may hold. */
    private static final Safelist INLINE = new Safelist()
            .addTags("strong", "em", "b", "i", "a", "br", "code")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", REL);

    /* Selectors compiled once rather than on every call; jsoup's evaluators are thread-safe. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator H4_TO_H6 = QueryParser.parse("h4, h5, h6");
    private static final Evaluator BLOCKS = QueryParser.parse("p, h2, h3, li, blockquote");
    private static final Evaluator BR = QueryParser.parse("br");
    private static final Evaluator A_WITHOUT_HREF = QueryParser.parse("a:not([href])");

    private final MarkdownHtml markdown = new MarkdownHtml();

    /** The reading view's Markdown as safe block HTML whose headings start at h2, below the page's h1. */
    String body(String bodyMarkdown) {
        Document dirty = Jsoup.parseBodyFragment(markdown.render(bodyMarkdown));
        // The page title is the only h1 and headings must not skip levels, so the body keeps two levels.
        for (Element h : dirty.body().select(H1)) h.tagName("h2");
        for (Element h : dirty.body().select(H4_TO_H6)) h.tagName("h3");
        Document clean = Jsoup.parseBodyFragment(clean(dirty, BODY));
        clean.outputSettings().prettyPrint(false);
        // Markup that was removed entirely (an iframe, a form) leaves an empty block that would show as a gap.
        for (Element block : clean.body().select(BLOCKS)) {
            if (!block.hasText() && block.select(BR).isEmpty()) block.remove();
        }
        return clean.body().html();
    }

    /**
     * Each aside's inline Markdown as safe inline HTML, without the paragraph flexmark wraps it in, in order.
     * Most asides are plain words, which rendering and cleaning would give back, so they are kept as they are.
     * The asides that need flexmark and sit on one line are rendered
     * together, one flexmark document for the lot, since a document's fixed cost outweighs a short aside's own.
     * Blank lines keep them apart, and the batch is used only if it rendered as one paragraph line per aside:
     * anything that could join asides or reach from one into another (a list, a fence, an HTML block) renders
     * otherwise, and the asides are then rendered one document each. Asides with a bracket are rendered alone:
     * a bracket may start a link reference definition, and flexmark's inline parser renders a bracket among
     * emphasis marks ({@code _[_]}) differently in a document's first block and in later ones.
     */
    List<String> inline(List<String> inlineMarkdowns) {
        String[] out = new String[inlineMarkdowns.size()];
        List<Integer> batched = new ArrayList<>();
        StringBuilder batch = new StringBuilder();
        for (int i = 0; i < out.length; i++) {
            String aside = inlineMarkdowns.get(i);
            if (isPlain(aside)) {
                out[i] = aside;
            } else if (isOneLine(aside)) {
                batched.add(i);
                batch.append(aside).append("\n\n");
            } else {
                out[i] = inlineThroughFlexmark(aside);
            }
        }
        String[] lines = batched.size() < 2 ? null : markdown.render(batch.toString()).split("\n", -1);
        boolean apart = lines != null && lines.length == batched.size() + 1 && lines[batched.size()].isEmpty();
        for (int k = 0; apart && k < batched.size(); k++) {
            apart = lines[k].startsWith("<p>") && lines[k].endsWith("</p>");
        }
        for (int k = 0; k < batched.size(); k++) {
            int i = batched.get(k);
            // As flexmark renders the aside alone: its paragraph and the line ending after it.
            out[i] = apart ? inlineFromHtml(lines[k] + "\n") : inlineThroughFlexmark(inlineMarkdowns.get(i));
        }
        return Arrays.asList(out);
    }

    /**
     * Whether an aside is one line of Markdown that renders alike alone and among other paragraphs: no line break,
     * no bracket (see {@link #inline}), and no leading or trailing white space or backslash, which a following line
     * ending would make a hard break.
     */
    private static boolean isOneLine(String markdown) {
        int n = markdown.length();
        if (n == 0 || markdown.indexOf('\n') >= 0 || markdown.indexOf('\r') >= 0 || markdown.indexOf('[') >= 0) {
            return false;
        }
        char first = markdown.charAt(0);
        char last = markdown.charAt(n - 1);
        return !isBlank(first) && !isBlank(last) && last != '\\';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** One aside the long way, for any Markdown: one flexmark document of its own. */
    String inlineThroughFlexmark(String inlineMarkdown) {
        return inlineFromHtml(markdown.render(inlineMarkdown));
    }

    /** The safe inline HTML of flexmark's rendering of one aside. */
    private static String inlineFromHtml(String rendered) {
        Document dirty = Jsoup.parseBodyFragment(rendered);
        // Should an aside render as several blocks, their contents are kept in order, separated by line breaks.
        List<Element> blocks = dirty.body().children();
        for (int i = 0; i < blocks.size() - 1; i++) blocks.get(i).after("<br>");
        return clean(dirty, INLINE).strip();
    }

    /** Punctuation that is neither Markdown nor HTML syntax in the middle of a line of text. */
    private static final String PLAIN_PUNCTUATION = ".,;:'\"?!()/%@’‘“”„«»–—…°€£$©+=-";
    /** What a plain line may open with: no list, heading, quote, code or HTML block starts so. */
    private static final String PLAIN_OPENING = "\"'(“„«‘©";

    /**
     * Whether inline Markdown is plain text that CommonMark renders as itself and HTML shows as itself: a line
     * opening with a letter or an opening quote, of letters, digits, single spaces and {@link #PLAIN_PUNCTUATION}.
     */
    static boolean isPlain(String markdown) {
        int n = markdown.length();
        if (n == 0 || markdown.charAt(n - 1) == ' ') return false;
        char first = markdown.charAt(0);
        if (!Character.isLetter(first) && PLAIN_OPENING.indexOf(first) < 0) return false;
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || PLAIN_PUNCTUATION.indexOf(c) >= 0
                    || c == ' ' && markdown.charAt(i - 1) != ' ';
            if (!plain) return false;
        }
        return true;
    }

    private static String clean(Document dirty, Safelist safelist) {
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        // A link whose address was refused is only text now; keep the text, drop the empty anchor.
        for (Element a : clean.body().select(A_WITHOUT_HREF)) a.unwrap();
        return clean.body().html();
    }
}
