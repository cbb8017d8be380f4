package io.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Metadata;
import io.broadsheet.article.Paragraph;
import io.broadsheet.article.Role;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SourceFile;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.parse.DumpSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code MarkdownReader.read(MarkdownWriter.write(article))} gives back everything the article's file keeps. */
class MarkdownRoundTripTest {
    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final MarkdownHtml RENDERER = new MarkdownHtml();
    /** Strings that YAML or Markdown could read as something else. */
    private static final List<String> ODD = List.of(
            "yes", "no", "on", "off", "true", "null", "~", "", " ", "- x", "-", "#", "# x", "a #b", ": ", "a: b",
            "key:", "? x", "  leading", "trailing  ", "'single'", "\"double\"", "it's", "line\nbreak", "cr\rlf\r\n",
            "tab\there", "\ttab", "123", "0x1F", "1e3", ".5", "2022-09-22", "@at", "`tick`", "!tag", "&anchor",
            "*alias", "{a: 1}", "[1, 2]", "|", ">", "%YAML", "---", "...", "a\n---\nb", "\\", "\\n", "😀 non-BMP 𝄞",
            "\u2028\u2029\u0085", "\uFEFFbom", "nul\u0000", "bell\u0007", "é ü ß 中文", "&copy; <b>x</b>");

    @Test
    void keepsEveryFieldWithOptionalsPresent() {
        for (String odd : ODD) {
            Metadata metadata = new Metadata(odd, odd, odd, Optional.of(odd), Optional.of(2022), Optional.of(odd),
                    Optional.of(odd), Optional.of(odd), List.of(odd, "x"), List.of(odd), 7);
            Article article = new Article("a-1_z", new SourceFile(odd, SHA), metadata, asidesOf(odd));
            assertRoundTrip(article);
        }
    }

    @Test
    void keepsEveryFieldWithOptionalsEmpty() {
        Metadata metadata = new Metadata("T", "", "en", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), 0);
        Article article = new Article("yes", new SourceFile("null", SHA), metadata, List.of());
        String document = MarkdownWriter.write(article);
        assertThat(document).doesNotContain("publisher", "year", "authors", "asides");
        ArchivedArticle read = assertRoundTrip(article);
        assertThat(read.metadata().publisher()).isEmpty();
        assertThat(read.metadata().year()).isEmpty();
        assertThat(read.body()).isEmpty();
    }

    @Test
    void keepsRandomStrings() {
        long seed = Long.getLong("broadsheet.seed", 7L);
        Random random = new Random(seed);
        for (int n = 0; n < 1000; n++) {
            Metadata metadata = new Metadata(randomString(random), randomString(random), randomString(random),
                    Optional.of(randomString(random)), Optional.of(random.nextInt()), Optional.of(randomString(random)),
                    Optional.of(randomString(random)), Optional.of(randomString(random)),
                    List.of(randomString(random)), List.of(randomString(random), randomString(random)),
                    random.nextInt(Integer.MAX_VALUE));
            Article article = new Article("x", new SourceFile(randomString(random), SHA), metadata, List.of());
            try {
                assertRoundTrip(article);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ", case " + n + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void keepsFurnitureOfSeveralMegabytes() {
        // A dump's paragraph may be that long, and its furniture is kept in the front matter.
        String html = "[".repeat(2_000_000) + " <b>x</b>";
        Metadata metadata = new Metadata("T", "", "en", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(), 0);
        Article article = new Article("a", new SourceFile("a.txt", SHA), metadata,
                List.of(new Paragraph(0, html, Role.FURNITURE)));
        assertThat(MarkdownWriter.write(article).length()).isGreaterThan(4_000_000);
        assertRoundTrip(article);
    }

    @Test
    void writesTheSameBytesForEqualArticles() {
        assertThat(MarkdownWriter.write(sampleArticle())).isEqualTo(MarkdownWriter.write(sampleArticle()));
    }

    @Test
    void writesTheReadingViewLedeFirstWithCrossheadsAsHeadings() {
        Article article = sampleArticle();
        ArchivedArticle read = assertRoundTrip(article);
        Element body = Jsoup.parseBodyFragment(RENDERER.render(read.body())).body();
        List<String> blocks = body.children().stream().map(e -> e.normalName() + ": " + e.text()).toList();
        assertThat(blocks).containsExactly(
                "p: The lede, in bold.",
                "p: First # body * paragraph.",
                "h2: A crosshead #",
                "p: 2022. Second body line and more.");
        assertThat(body.select("strong").text()).isEqualTo("The lede, in bold.");
        assertThat(body.select("a").eachAttr("href")).containsExactly("https://e.com/x");
        assertThat(read.asides(Role.ATTRIBUTION)).hasSize(1);
        assertThat(Jsoup.parse(RENDERER.render(read.asides(Role.ATTRIBUTION).get(0))).text())
                .isEqualTo("© 2022 Example *Ltd*");
        assertThat(read.asides(Role.FURNITURE)).hasSize(2);
    }

    @Test
    void keepsTheSeedArticle() throws IOException, DumpSyntaxException {
        Path seed = InlineMarkdownTest.projectDir().resolve("seeds/000_1064a9bc0d479205.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "seed dump absent: " + seed);
        List<String> raw = DumpParser.parse(seed.toString(), Files.readAllBytes(seed));
        Article article = ArticleAssembler.assemble("seed-000", new SourceFile(seed.getFileName().toString(), SHA),
                raw, Sidecar.NONE, ArchiveProfile.EMPTY);
        ArchivedArticle read = assertRoundTrip(article);
        Element body = Jsoup.parseBodyFragment(RENDERER.render(read.body())).body();
        List<String> shown = body.children().stream().map(Element::text).toList();
        List<String> expected = article.readingView().stream().map(p -> Jsoup.parse(p.html()).text()).toList();
        assertThat(shown).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            no front matter here                                                       | must start with a line '---'
            ---\\ntitle: "x"\\n                                                       | not closed
            ---\\n---\\nbody                                                          | must be a mapping
            ---\\n- a\\n---\\n                                                        | must be a mapping
            ---\\ntitle: [unclosed\\n---\\n                                           | not valid YAML
            ---\\nid: "a"\\nid: "b"\\n---\\n                                          | not valid YAML
            ---\\nid: "a"\\n---\\n                                                    | lacks 'title'
            ---\\nid: "a"\\ntitle: "t"\\nsummary: ""\\nlanguage: "en"\\nword_count: 1\\n---\\n | lacks 'source'
            ---\\nid: "a"\\ntitle: "t"\\nsummary: ""\\nlanguage: "en"\\nword_count: 1\\nsource: "s"\\n---\\n | 'source' must be a mapping
            ---\\nid: "../x"\\ntitle: "t"\\nsummary: ""\\nlanguage: "en"\\nword_count: 1\\nsource: {}\\n---\\n | 'id' must match
            ---\\nid: "a"\\nsubtitle: "t"\\n---\\n                                    | unknown front matter key 'subtitle'
            """)
    void refusesMalformedDocuments(String document, String reason) {
        assertThatThrownBy(() -> MarkdownReader.read(document.replace("\\n", "\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesValuesOfTheWrongType() {
        String good = MarkdownWriter.write(sampleArticle());
        assertThat(MarkdownReader.read(good).id()).isEqualTo("sample");
        assertThatThrownBy(() -> MarkdownReader.read(good.replace("year: 2022", "year: \"2022\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'year' must be an integer");
        assertThatThrownBy(() -> MarkdownReader.read(good.replace("title: \"Sample\"", "title: 12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'title' must be a string");
        assertThatThrownBy(() -> MarkdownReader.read(good.replace("word_count: 9", "word_count: -1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordCount");
        assertThatThrownBy(() -> MarkdownReader.read(good.replace("  furniture:", "  lede:")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown aside role 'lede'");
        assertThatThrownBy(() -> MarkdownReader.read(good.replace(SHA, "abc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad 'source'");
        assertThatThrownBy(() -> MarkdownReader.read(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Asserts the round trip and that the file ends with the body it gives back. */
    private static ArchivedArticle assertRoundTrip(Article article) {
        String document = MarkdownWriter.write(article);
        ArchivedArticle read = MarkdownReader.read(document);
        assertThat(read.id()).as(document).isEqualTo(article.id());
        assertThat(read.source()).as(document).isEqualTo(article.source());
        assertThat(read.metadata()).as(document).isEqualTo(article.metadata());
        assertThat(read.asides()).as(document).isEqualTo(expectedAsides(article));
        assertThat(document).endsWith(read.body());
        assertThat(MarkdownWriter.write(article)).isEqualTo(document);
        // A build takes the article from the writer instead of reading its file back, so the two must agree.
        assertThat(MarkdownWriter.archive(article)).as(document).isEqualTo(read);
        assertThat(MarkdownWriter.write(read)).isEqualTo(document);
        return read;
    }

    /** Grouped by role in {@link Role} order, each group in dump order, each aside showing its paragraph's text. */
    private static List<Aside> expectedAsides(Article article) {
        List<Aside> asides = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role.isReadingView()) continue;
            for (Paragraph p : article.withRole(role)) {
                String markdown = InlineMarkdown.fromHtml(p.html());
                assertThat(Jsoup.parse(RENDERER.render(markdown)).text()).isEqualTo(Jsoup.parse(p.html()).text());
                asides.add(new Aside(role, markdown));
            }
        }
        return asides;
    }

    private static List<Paragraph> asidesOf(String text) {
        String html = org.jsoup.nodes.Entities.escape(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        for (Role role : List.of(Role.ATTRIBUTION, Role.FURNITURE, Role.BYLINE, Role.DATELINE, Role.CAPTION,
                Role.FURNITURE, Role.BYLINE)) {
            paragraphs.add(new Paragraph(i++, html + " " + i, role));
        }
        return paragraphs;
    }

    private static Article sampleArticle() {
        Metadata metadata = new Metadata("Sample", "A sample.", "en", Optional.of("Example"), Optional.of(2022),
                Optional.of("By A"), Optional.of("2022-09-22"), Optional.of("https://e.com/a"), List.of("A"),
                List.of("news"), 9);
        List<Paragraph> paragraphs = List.of(
                new Paragraph(0, "First # body * paragraph.", Role.BODY),
                new Paragraph(1, "<b>The lede, in bold.</b>", Role.LEDE),
                new Paragraph(2, "Sign up <a href=\"https://e.com/n\">now</a>", Role.FURNITURE),
                new Paragraph(3, "A crosshead #", Role.CROSSHEAD),
                new Paragraph(4, "", Role.BODY),
                new Paragraph(5, "2022. Second <a href=\"https://e.com/x\">body</a> line<br>and more.", Role.BODY),
                new Paragraph(6, "More", Role.FURNITURE),
                new Paragraph(7, "© 2022 Example *Ltd*", Role.ATTRIBUTION));
        return new Article("sample", new SourceFile("000_x.txt", SHA), metadata, paragraphs);
    }

    private static String randomString(Random random) {
        String alphabet = "ab :#-'\"\\\n\r\t{}[],&*!|>%@`?~\u0000\u0085\u2028\u00e9\uFEFF";
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            if (random.nextInt(10) == 0) s.appendCodePoint(0x1F600 + random.nextInt(50));
            else s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
