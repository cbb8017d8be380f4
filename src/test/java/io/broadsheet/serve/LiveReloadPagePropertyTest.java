package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random pages and policies: what the served-page rewrite must hold for all of them. */
class LiveReloadPagePropertyTest {
    private static final long SEED = 20261127L;
    private static final int CASES = 2000;
    private static final String BUILD = "abc-1";
    private static final String SCRIPT = LiveReloadPage.scriptElement(BUILD);

    private static final String[] PIECES = {"<p>", "</p>", "</body>", "</BODY >", "<body>", "<meta charset=utf-8>",
        "<meta name=\"x\" content=\"connect-src 'none'\">", "text", " ", "\n", "\"", "'", "<", ">", "é", "\u00ff",
        "&amp;", "<!-- </body> -->", "<meta", "<script>var a = '</bod' + 'y>';</script>"};
    private static final String[] DIRECTIVES = {"default-src 'none'", "style-src 'self'", "img-src 'self' data:",
        "script-src 'self'", "base-uri 'none'", "form-action 'none'", "connect-src 'none'", "connect-src https://a.test",
        "CONNECT-SRC 'self'", "report-uri /csp", "upgrade-insecure-requests", "frame-ancestors 'none'", " ", ""};

    @Test
    void pagesWithoutAPolicyOnlyGainTheScriptBeforeTheLastClosingBodyTag() {
        Random random = new Random(SEED);
        for (int n = 0; n < CASES; n++) {
            String page = randomPage(random);
            String served = LiveReloadPage.rewrite(page, BUILD);
            String lower = page.toLowerCase(Locale.ROOT);
            int at = lower.lastIndexOf("</body");
            int expected = at < 0 ? page.length() : at;
            assertThat(served).as("seed %d case %d: %s", SEED, n, page)
                    .isEqualTo(page.substring(0, expected) + SCRIPT + page.substring(expected));
        }
    }

    @Test
    void policiesGainConnectSelfAndLoseNothingElse() {
        Random random = new Random(SEED);
        for (int n = 0; n < CASES; n++) {
            String policy = randomPolicy(random);
            String rewritten = LiveReloadPage.withConnectSelf(policy);
            String context = "seed " + SEED + " case " + n + ": " + policy;
            assertThat(LiveReloadPage.withConnectSelf(rewritten)).as(context).isEqualTo(rewritten);
            List<String> before = directives(policy);
            List<String> after = directives(rewritten);
            String firstConnect = after.stream().filter(d -> name(d).equals("connect-src")).findFirst().orElseThrow();
            List<String> sources = Arrays.asList(firstConnect.split(" +"));
            assertThat(sources).as(context).contains("'self'").doesNotContain("'none'");
            // Every directive other than the enforced connect-src is kept as written, in order.
            List<String> keptBefore = new ArrayList<>(before);
            List<String> keptAfter = new ArrayList<>(after);
            removeFirstConnect(keptBefore);
            removeFirstConnect(keptAfter);
            assertThat(keptAfter).as(context).isEqualTo(keptBefore);
            assertThat(rewritten.toLowerCase(Locale.ROOT)).as(context).doesNotContain("unsafe");
        }
    }

    @Test
    void hostileMarkupIsRewrittenInLinearTime() {
        String hostile = "<meta \"".repeat(100_000) + "<META '".repeat(100_000) + "</body".repeat(50_000);
        String served = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LiveReloadPage.rewrite(hostile, BUILD));
        assertThat(served).hasSize(hostile.length() + SCRIPT.length());
    }

    private static void removeFirstConnect(List<String> directives) {
        for (int i = 0; i < directives.size(); i++) {
            if (name(directives.get(i)).equals("connect-src")) {
                directives.remove(i);
                return;
            }
        }
    }

    private static String name(String directive) {
        return directive.split(" +")[0].toLowerCase(Locale.ROOT);
    }

    private static List<String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> d.replaceAll("\\s+", " ")).toList();
    }

    private static String randomPage(Random random) {
        StringBuilder page = new StringBuilder();
        int pieces = random.nextInt(30);
        for (int i = 0; i < pieces; i++) page.append(PIECES[random.nextInt(PIECES.length)]);
        return page.toString();
    }

    private static String randomPolicy(Random random) {
        List<String> parts = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) parts.add(DIRECTIVES[random.nextInt(DIRECTIVES.length)]);
        return String.join(random.nextBoolean() ? "; " : ";", parts);
    }
}
