package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The group of paragraphs set apart from the article's end ({@code Classifier.peelDetachedEnds}), on scores given by
 * hand so that only the rule's own reasoning is tested: where the group stands and how it scores against the page.
 */
class DetachedEndsTest {
    private static final String PROSE = "The council voted on Tuesday to close the old harbour bridge to cars after "
            + "engineers warned that its steel frame had corroded.";
    /** The article's paragraphs score 3 in log-odds; the median kept paragraph does too. */
    private static final double ARTICLE = 3.0;

    /** Eight paragraphs of the article, then what is given, each with its role and score. */
    private static Role[] run(Object... tail) {
        List<Features> features = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        List<Double> logits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            features.add(Features.of(PROSE));
            roles.add(Role.BODY);
            logits.add(ARTICLE);
        }
        for (int i = 0; i < tail.length; i += 2) {
            features.add(Features.of(PROSE));
            roles.add(tail[i] == null ? Role.FURNITURE : Role.BODY);
            logits.add((Double) tail[i + 1]);
        }
        Role[] out = roles.toArray(new Role[0]);
        Classifier.peelDetachedEnds(features, out, logits.stream().mapToDouble(Double::doubleValue).toArray());
        return out;
    }

    @Test
    void aWeakGroupSetApartAfterTheArticleLeavesIt() {
        Role[] roles = run(null, -5.0, Role.BODY, 0.2);
        assertThat(roles[9]).isEqualTo(Role.FURNITURE);
        assertThat(Arrays.asList(roles).subList(0, 8)).containsOnly(Role.BODY);
    }

    @Test
    void theSameParagraphJoinedToTheArticleIsLeftToTheEdgePeeling() {
        assertThat(run(Role.BODY, 0.2)[8]).isEqualTo(Role.BODY);
    }

    @Test
    void aGroupScoringLikeTheArticleStaysAndStopsThePeeling() {
        Role[] roles = run(null, -5.0, Role.BODY, 1.0, null, -5.0, Role.BODY, 0.2);
        assertThat(roles[9]).isEqualTo(Role.BODY);
        assertThat(roles[11]).isEqualTo(Role.FURNITURE);
    }

    @Test
    void aGroupThatIsMoreThanAFifthOfTheReadingViewStays() {
        // Three weak paragraphs after eight of the article: a quarter of the reading view's words, not a box beside it.
        Role[] roles = run(null, -5.0, Role.BODY, 0.2, Role.BODY, 0.2, Role.BODY, 0.2);
        assertThat(Arrays.asList(roles).subList(9, 12)).containsOnly(Role.BODY);
    }
}
