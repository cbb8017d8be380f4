package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ArticleTest {
    /** The documented definition of an id, which the hand-written check must give exactly. */
    private static final Pattern ID = Pattern.compile("[a-z0-9_-]+");

    @Test
    void isIdIsTheDocumentedPattern() {
        long seed = 20261128L;
        Random random = new Random(seed);
        String alphabet = "az09_-AZ./ \u00e9\u0131\u212a\u0000";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(6); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26)));
            }
            assertThat(Article.isId(text.toString())).as("seed %d: '%s'", seed, text)
                    .isEqualTo(ID.matcher(text).matches());
        }
        assertThat(Article.isId("")).isFalse();
        assertThat(Article.isId("2024_a-b")).isTrue();
    }
}
