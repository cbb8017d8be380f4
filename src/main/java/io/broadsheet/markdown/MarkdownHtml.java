package io.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one flexmark configuration that Broadsheet's Markdown is written for and rendered with: plain CommonMark,
 * so that an archived file means the same thing to any CommonMark tool.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MarkdownHtml {
    private final Parser parser;
    private final HtmlRenderer renderer;

    /** A renderer with Broadsheet's flexmark options. */
    public MarkdownHtml() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        // Pages carry no heading ids, and making them walked each heading's text again: seconds for a long one.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(Parser.HEADING_PARSER, false);
        // With its own inline parser flexmark leaves out its core pre-processor of link reference definitions.
        parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customBlockParserFactory(new LinearHeadings()).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders a Markdown document (without front matter) to an HTML fragment. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * Renders two Markdown documents, the first a single line, as {@link #render} renders each, with one flexmark
     * document for both where that gives the same HTML: when the line is a paragraph and neither has a bracket,
     * so that no link reference is defined for the other to use; else, or if the line is not one, with two
     * documents. Brackets are left out for flexmark's sake too: its inline parser renders a bracket among emphasis
     * marks ({@code _[_]}) differently in a document's first block and in later ones.
     *
     * @return the HTML of the line and of the rest
     */
    public List<String> renderLineThenRest(String line, String rest) {
        boolean oneLine = !line.isEmpty() && line.indexOf('[') < 0 && rest.indexOf('[') < 0 && line.indexOf('\n') < 0 && line.indexOf('\r') < 0
                && !isBlank(line.charAt(0)) && !isBlank(line.charAt(line.length() - 1))
                && line.charAt(line.length() - 1) != '\\';
        if (oneLine) {
            Document both = parser.parse(line + "\n\n" + rest);
            if (both.getFirstChild() instanceof Paragraph) {
                String html = renderer.render(both);
                // A paragraph of one line renders on one line: its break is the first of the HTML.
                int end = html.indexOf('\n') + 1;
                if (end > 0) return List.of(html.substring(0, end), html.substring(end));
            }
        }
        return List.of(render(line), render(rest));
    }

    /** White space a paragraph's line could start or end with, which flexmark might strip or take as indent. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
