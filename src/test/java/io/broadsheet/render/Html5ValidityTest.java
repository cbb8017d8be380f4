package io.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
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

    /** The checker's errors about the page, each with its line and message. */
    private static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
            String type = message.path("type").asText();
            boolean error = type.equals("error") || type.equals("non-document-error")
                    || message.path("subType").asText().equals("fatal");
            if (error) errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asText());
        }
        return errors;
    }
}
