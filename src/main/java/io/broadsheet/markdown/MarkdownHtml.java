package io.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;

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
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders a Markdown document (without front matter) to an HTML fragment. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
