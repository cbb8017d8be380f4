package io.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArticleIdTest {
    @Test
    void keepsSafeNamesAndLowercases() {
        assertThat(ArticleId.of("000_1064a9bc0d479205.txt")).isEqualTo("000_1064a9bc0d479205");
        assertThat(ArticleId.of("BBC-News_1.txt")).isEqualTo("bbc-news_1");
    }

    @Test
    void replacesEveryOtherCharacterWithAHyphen() {
        assertThat(ArticleId.of("a b.c'\"<x>.txt")).isEqualTo("a-b-c---x-");
        assertThat(ArticleId.of("../../etc.txt")).isEqualTo("------etc");
        assertThat(ArticleId.of("Zürich 😀.txt")).isEqualTo("z-rich--");
    }

    @Test
    void refusesNamesThatGiveNoId() {
        assertThatThrownBy(() -> ArticleId.of(".txt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArticleId.of("a.json")).isInstanceOf(IllegalArgumentException.class);
    }
}
