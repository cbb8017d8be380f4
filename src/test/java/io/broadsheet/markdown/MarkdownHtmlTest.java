package io.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Broadsheet's flexmark configuration renders as flexmark does, in time proportional to the Markdown's length. */
class MarkdownHtmlTest {
    private static final List<String> PIECES = List.of("word", " ", "  ", "\n", "\n\n", "[", "]", "(", ")", "<", ">",
            "\"", "'", "*", "_", "`", "\\", "!", "&amp;", "&#32;", "https://x.example/a_b", "[a](https://x.example/)",
            "[a](<https://x.example/b c> \"t\")", "[a]( https://x.example/\n'title' )", "![i](/p.png (t))",
            "[ref]", "[ref][]", "[x][ref]", "\n[ref]: /u \"T\"\n", "<https://x.example/>", "<a@b.example>",
            "**b**", "_e_", "`c`", "# ", "> ", "1. ", "- ", "    ", "---", "<span>", "</span>", "<!-- c -->",
            "\n===\n", "\n---\n", "\n--\n", "\n= =\n", "\n## h ##\n", "\n#\n", "\n```\n", "\n~~~ x\n",
            "\n    code\n", "\n> q\n", "\n* item\n", "\n2) item\n", "\n<div>\n", "\n</div>\n", "\n***\n",
            "\\\n", "  \n", "\t");

    @Test
    void rendersAsFlexmarkItself() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.SOFT_BREAK, " ");
        Parser stock = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        MarkdownHtml ours = new MarkdownHtml();
        Random random = new Random(13);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder markdown = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) markdown.append(PIECES.get(random.nextInt(PIECES.size())));
            String text = markdown.toString();
            assertThat(ours.render(text)).as(text).isEqualTo(renderer.render(stock.parse(text)));
        }
    }

    @Test
    void rendersAParagraphOfThousandsOfLinesInLinearTime() {
        // flexmark's heading parser joined the paragraph's lines so far at each line: about a minute for this one.
        String lines = "**x**\\\n".repeat(60_000) + "end";
        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new MarkdownHtml().render(lines));
        assertThat(html).startsWith("<p><strong>x</strong><br />\n<strong>x</strong><br />").endsWith("end</p>\n");
        assertThat(html.split("<br />", -1)).hasSize(60_001);
    }

    @Test
    void rendersAHeadingOfThousandsOfEmphasesInTime() {
        // Making the heading's id, which no page shows, walked its text again: over half a minute for this one.
        String heading = "## " + "*a*<strong>b</strong>".repeat(120_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new MarkdownHtml().render(heading));
        assertThat(html).startsWith("<h2><em>a</em><strong>b</strong><em>a</em>").doesNotContain(" id=");
    }

    @Test
    void rendersAParagraphOfThousandsOfLinksInLinearTime() {
        // flexmark's own inline parser copied the paragraph once per link: about a minute for this one.
        String links = "[link](https://x.example/a \"t\") and ".repeat(30_000);
        String html = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new MarkdownHtml().render(links));
        assertThat(html).startsWith("<p><a href=\"https://x.example/a\" title=\"t\">link</a> and ");
        assertThat(html.split("<a ", -1)).hasSize(30_001);
    }
}
