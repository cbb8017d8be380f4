package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.parse.DumpParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real seed of the archive must be read exactly as an editor reads it. */
class SeedArticleTest {
    private static final String SEED = "seeds/000_1064a9bc0d479205.txt";

    private static Article seed() throws Exception {
        Path file = Path.of(System.getProperty("broadsheet.projectDir", ".")).resolve(SEED);
        byte[] bytes = Files.readAllBytes(file);
        List<String> raw = DumpParser.parse(SEED, bytes);
        return ArticleAssembler.assemble("seed", new SourceFile("000_1064a9bc0d479205.txt", "0".repeat(64)), raw,
                Sidecar.NONE, ArchiveProfile.EMPTY);
    }

    @Test
    void boldOpeningIsLedeCopyrightIsAttributionPromoIsFurnitureRestIsBody() throws Exception {
        Article article = seed();
        List<Paragraph> ps = article.paragraphs();
        assertThat(ps).hasSize(17);
        assertThat(ps.get(0).role()).isEqualTo(Role.LEDE);
        assertThat(ps.get(15).html()).startsWith("World Cup winner Jürgen Klinsmann invites you to subscribe");
        assertThat(ps.get(15).role()).isEqualTo(Role.FURNITURE);
        assertThat(ps.get(16).html()).startsWith("© 2022 BBC.");
        assertThat(ps.get(16).role()).isEqualTo(Role.ATTRIBUTION);
        assertThat(ps.subList(1, 15)).extracting(Paragraph::role).containsOnly(Role.BODY).hasSize(14);
    }

    @Test
    void attributionGivesPublisherAndYear() throws Exception {
        Metadata m = seed().metadata();
        assertThat(m.publisher()).isEqualTo(Optional.of("BBC"));
        assertThat(m.year()).isEqualTo(Optional.of(2022));
    }

    @Test
    void metadataIsDerivedFromTheLede() throws Exception {
        Article article = seed();
        Metadata m = article.metadata();
        assertThat(m.language()).isEqualTo("en");
        assertThat(m.title()).startsWith("The foreign secretary has demanded justice").hasSizeLessThanOrEqualTo(101);
        assertThat(m.summary()).startsWith("The foreign secretary has demanded justice for victims of war crimes");
        int words = 0;
        for (Paragraph p : article.readingView()) {
            words += Features.countWords(Features.of(p.html()).text());
        }
        assertThat(m.wordCount()).isEqualTo(words).isGreaterThan(300);
    }
}
