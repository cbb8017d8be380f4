package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.check.HtmlValidator;
import io.broadsheet.check.LineMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages pass the Nu HTML checker, the validator behind validator.w3.org/nu, with no error. */
class Html5ValidityTest {
    private final PageRenderer renderer = new PageRenderer(Theme.defaults());

    @Test
    void ordinaryArticlePageIsValid() throws Exception {
        assertThat(errors(renderer.articlePage(Fixtures.ordinary()))).isEmpty();
    }

    @Test
    void bareArticlePageIsValid() throws Exception {
        assertThat(errors(renderer.articlePage(Fixtures.bare()))).isEmpty();
    }

    @Test
    void hostileArticlePageIsValid() throws Exception {
        assertThat(errors(renderer.articlePage(Fixtures.hostile()))).isEmpty();
    }

    @Test
    void homePageIsValid() throws Exception {
        String page = Fixtures.homePage(renderer, Fixtures.ordinary(), Fixtures.bare(), Fixtures.hostile());
        assertThat(errors(page)).isEmpty();
    }

    @Test
    void emptyHomePageIsValid() throws Exception {
        assertThat(errors(Fixtures.homePage(renderer))).isEmpty();
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        String invalid = Fixtures.homePage(renderer).replace("<main", "<main><li>stray</li><main");
        assertThat(errors(invalid)).isNotEmpty();
    }

    /** The Nu HTML checker's errors about the page, as {@code broadsheet check} reports them. */
    private static List<String> errors(String html) {
        return new HtmlValidator().errors(html.getBytes(StandardCharsets.UTF_8), "page.html").stream()
                .map(LineMessage::text)
                .toList();
    }
}
