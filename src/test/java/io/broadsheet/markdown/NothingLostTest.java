package io.broadsheet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.article.ArchiveProfile;
import io.broadsheet.article.Article;
import io.broadsheet.article.ArticleAssembler;
import io.broadsheet.article.Features;
import io.broadsheet.article.Paragraph;
import io.broadsheet.article.Role;
import io.broadsheet.article.Sidecar;
import io.broadsheet.article.SourceFile;
import io.broadsheet.parse.DumpParser;
import io.broadsheet.testing.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Nothing is destroyed: every paragraph of every real dump lands in the article's Markdown in exactly one role —
 * the reading view for lede, crossheads and body, the asides of its role otherwise — and nothing else is there.
 */
class NothingLostTest {
    private final MarkdownHtml markdown = new MarkdownHtml();

    @Test
    void everyParagraphOfTheDevCorpusIsInItsArticlesMarkdownOnce() throws Exception {
        Path corpus = Project.devCorpus().orElse(null);
        Assumptions.assumeTrue(corpus != null, "the dev corpus is not in ../shared/corpus/dev on this machine");
        Map<Path, List<String>> dumps = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(corpus.resolve("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                dumps.put(file, DumpParser.parse(file.toString(), Files.readAllBytes(file)));
            }
        }
        ArchiveProfile profile = ArchiveProfile.of(dumps.values());
        int paragraphs = 0;
        for (Map.Entry<Path, List<String>> dump : dumps.entrySet()) {
            String name = dump.getKey().getFileName().toString();
            Article article = ArticleAssembler.assemble("a", new SourceFile(name, "0".repeat(64)), dump.getValue(),
                    Sidecar.NONE, profile);
            assertThat(article.paragraphs()).extracting(Paragraph::index)
                    .as(name).containsExactlyElementsOf(indices(dump.getValue().size()));
            ArchivedArticle archived = MarkdownReader.read(MarkdownWriter.write(article));

            assertThat(blockTexts(markdown.render(archived.body())))
                    .as("%s: the reading view", name).containsExactlyElementsOf(readingViewTexts(article));
            for (Role role : Role.values()) {
                if (role.isReadingView()) continue;
                List<String> kept = archived.asides(role).stream().map(md -> text(markdown.render(md))).toList();
                assertThat(kept.stream().filter(t -> !t.isEmpty()).toList())
                        .as("%s: %s", name, role).containsExactlyElementsOf(texts(article.withRole(role)));
            }
            paragraphs += article.paragraphs().size();
        }
        assertThat(paragraphs).as("paragraphs checked").isGreaterThan(10_000);
    }

    /** The texts of the reading view in the order the Markdown keeps: ledes first, then the rest in dump order. */
    private static List<String> readingViewTexts(Article article) {
        List<String> texts = new ArrayList<>(texts(article.withRole(Role.LEDE)));
        texts.addAll(texts(article.readingView().stream().filter(p -> p.role() != Role.LEDE).toList()));
        return texts;
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> text(p.html())).filter(t -> !t.isEmpty()).toList();
    }

    private static List<String> blockTexts(String html) {
        return Jsoup.parseBodyFragment(html).body().children().stream().map(Element::text)
                .map(Features::collapse).filter(t -> !t.isEmpty()).toList();
    }

    private static String text(String html) {
        return Features.collapse(Jsoup.parseBodyFragment(html).text());
    }

    private static List<Integer> indices(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }
}
