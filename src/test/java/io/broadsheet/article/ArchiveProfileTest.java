package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArchiveProfileTest {
    private static final String PROMO = "Get our morning briefing delivered to your inbox every weekday";
    private static final String CREDIT = "© 2023 Example Media. All rights reserved.";

    private static List<String> article(int n) {
        List<String> out = new ArrayList<>();
        out.add(PROMO);
        for (int i = 0; i < 4; i++) {
            out.add("Story " + n + " paragraph " + i + " tells how the town of number " + n + " spent the year "
                    + "and what its people said about the weather, the harvest and the new school building.");
        }
        out.add(CREDIT);
        return out;
    }

    @Test
    void paragraphInSeveralDumpsIsFurnitureButCreditsStayAttribution() {
        List<List<String>> dumps = List.of(article(1), article(2), article(3));
        ArchiveProfile profile = ArchiveProfile.of(dumps);
        assertThat(profile.dumpsContaining(PROMO)).isEqualTo(3);
        assertThat(profile.isRepeated(dumps.get(0).get(1))).isFalse();
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), dumps.get(0),
                Sidecar.NONE, profile);
        assertThat(a.paragraphs().get(0).role()).isEqualTo(Role.FURNITURE);
        assertThat(a.paragraphs().get(5).role()).isEqualTo(Role.ATTRIBUTION);
        assertThat(a.readingView()).hasSize(4);
    }

    @Test
    void rolesDependOnTheSetOfDumpsNotTheirOrder() {
        long seed = 42;
        Random random = new Random(seed);
        List<List<String>> dumps = new ArrayList<>();
        for (int i = 0; i < 8; i++) dumps.add(article(i));
        dumps.add(List.of("A page of its own with nothing in common with the others, long enough to be prose."));
        List<List<Role>> expected = rolesOf(dumps, ArchiveProfile.of(dumps));
        for (int run = 0; run < 20; run++) {
            List<List<String>> shuffled = new ArrayList<>(dumps);
            Collections.shuffle(shuffled, random);
            ArchiveProfile profile = ArchiveProfile.of(shuffled);
            assertThat(rolesOf(dumps, profile)).as("seed %d, run %d", seed, run).isEqualTo(expected);
        }
    }

    @Test
    void secondCopyOfAnArticleDoesNotTurnItIntoFurniture() {
        List<String> story = article(7);
        ArchiveProfile profile = ArchiveProfile.of(List.of(story, story, article(8)));
        Article a = ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), story, Sidecar.NONE,
                profile);
        assertThat(a.readingView()).hasSize(4);
    }

    private static List<List<Role>> rolesOf(List<List<String>> dumps, ArchiveProfile profile) {
        List<List<Role>> out = new ArrayList<>();
        for (List<String> d : dumps) {
            out.add(ArticleAssembler.assemble("a", new SourceFile("a.txt", "0".repeat(64)), d, Sidecar.NONE,
                    profile).paragraphs().stream().map(Paragraph::role).toList());
        }
        return out;
    }
}
