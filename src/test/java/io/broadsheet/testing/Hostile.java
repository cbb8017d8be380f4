package io.broadsheet.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.markdown.ArchivedArticle;
import io.broadsheet.markdown.Aside;
import io.broadsheet.markdown.MarkdownHtml;
import io.broadsheet.markdown.MarkdownReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Asserts that built output holds nothing a browser would execute. */
public final class Hostile {
    private static final Pattern BAD_URL = Pattern.compile("^\\s*(javascript|vbscript|data):.*", Pattern.DOTALL);
    private static final List<String> BAD_ELEMENTS =
            List.of("script", "style", "iframe", "object", "embed", "form", "frame", "frameset", "base", "svg", "math");

    private Hostile() {}

    /** Every HTML page, and every Markdown file's body and asides as a CommonMark tool renders them, under the site. */
    public static void assertNothingExecutable(Path site) throws IOException {
        MarkdownHtml markdown = new MarkdownHtml();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".html")) assertSafeHtml(file.toString(), text);
                if (name.endsWith(".md")) {
                    ArchivedArticle article = MarkdownReader.read(text);
                    assertSafeHtml(file + " body", markdown.render(article.body()));
                    for (Aside aside : article.asides()) {
                        assertSafeHtml(file + " " + aside.role(), markdown.render(aside.markdown()));
                    }
                }
            }
        }
    }

    /** Asserts that an HTML document has no script (but JSON-LD data), no handler, no dangerous element or URL. */
    public static void assertSafeHtml(String where, String html) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script")) {
                // Broadsheet's own scripts: JSON-LD data, and the theme's search script loaded from the site itself.
                if (e.hasAttr("src")) {
                    assertThat(e.attr("src")).as("script src in %s", where)
                            .matches("(\\.\\./)*assets/[a-z-]+\\.js");
                    assertThat(e.data()).as("script body in %s", where).isEmpty();
                } else {
                    assertThat(e.attr("type")).as("script in %s", where).isEqualTo("application/ld+json");
                }
                continue;
            }
            if (tag.equals("link") && e.attr("rel").equals("stylesheet")) continue;
            if (tag.equals("form") && e.attr("role").equals("search")) {
                // The theme's search box: it leads to the site's own search page.
                assertThat(e.attr("action")).as("search form in %s", where).matches("((\\.\\./)*search/)?index\\.html");
                continue;
            }
            assertThat(BAD_ELEMENTS).as("element <%s> in %s", tag, where).doesNotContain(tag);
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(key).as("attribute %s in %s", key, where).doesNotStartWith("on");
                if (key.equals("href") || key.equals("src") || key.equals("action") || key.equals("formaction")) {
                    assertThat(BAD_URL.matcher(a.getValue().toLowerCase(Locale.ROOT)).matches())
                            .as("%s=%s in %s", key, a.getValue(), where).isFalse();
                }
            }
        }
    }
}
