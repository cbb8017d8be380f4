package io.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A lede and the rest of an article rendered in one flexmark document read as each rendered alone. */
class MarkdownTextTest {
    private static final long SEED = 0x7E47L;
    /** Text, inline and block syntax, link references and their definitions, HTML blocks and odd white space. */
    private static final List<String> PIECES = List.of(
            "plain words ", "more text", "**bold** ", "_it_ ", "`code` ", "\n\n", "\n", "# ", "## ", "> ", "- ", "1. ",
            "    ", "```", "~~~", "<div>", "</div>", "<pre>", "</pre>", "<!-- ", " -->", "[x]", "[x]: https://x.example",
            "[y][x] ", "[a](https://a.example) ", "===", "---", "\\", "  ", "\t", "\u00a0", "&amp; ", "*", "_", "[", "]",
            "<b>", "é 漢 😀 ");

    @Test
    void ledeAndBodyTogetherGiveWhatEachGivesAlone() {
        Random random = new Random(SEED);
        int together = 0;
        for (int round = 0; round < 4000; round++) {
            String lede = mix(random, 1 + random.nextInt(6));
            if (random.nextBoolean()) lede = lede.replace('\n', ' ').strip();
            String body = mix(random, random.nextInt(30));
            List<List<String>> both = MarkdownText.paragraphs(lede, body);
            String context = "seed " + SEED + ", round " + round + ", lede:\n" + lede + "\nbody:\n" + body;
            assertThat(both).as(context).containsExactly(MarkdownText.paragraphs(lede), MarkdownText.paragraphs(body));
            if (!lede.isBlank() && !lede.contains("\n")) together++;
        }
        assertThat(together).isGreaterThan(1000);
    }

    private static String mix(Random random, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) b.append(PIECES.get(random.nextInt(PIECES.size())));
        return b.toString();
    }
}
