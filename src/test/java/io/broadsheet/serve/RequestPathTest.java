package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    @Test
    void segmentsArePercentDecodedAsUtf8AndPlusStaysAPlus() {
        RequestPath path = RequestPath.parse("/articles/caf%C3%A9%201+2/").path().orElseThrow();
        assertThat(path.segments()).containsExactly("articles", "café 1+2");
        assertThat(path.trailingSlash()).isTrue();
    }

    @Test
    void theRootHasNoSegments() {
        RequestPath root = RequestPath.parse("/").path().orElseThrow();
        assertThat(root.segments()).isEmpty();
        assertThat(root.trailingSlash()).isTrue();
        assertThat(RequestPath.parse("/index.html").path().orElseThrow().trailingSlash()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../x", "/a/../../x", "/%2e%2e/x", "/.%2E/x", "/a/%2e/b", "/..%2fx",
        "/a%2F..%2F..%2Fx", "/a%5c..%5cx", "/a\\..\\x", "/a%00", "/a%0d%0aSet-Cookie:x", "/a%7f"})
    void climbingOutOrSmugglingSeparatorsIsForbidden(String raw) {
        assertThat(RequestPath.parse(raw).refusal()).as(raw).contains(RequestPath.Refusal.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/%2", "/%zz", "/%c0%ae%c0%ae/x", "/%ff", "relative", ""})
    void malformedPathsAreBadRequests(String raw) {
        assertThat(RequestPath.parse(raw).refusal()).as(raw).contains(RequestPath.Refusal.BAD_REQUEST);
    }

    @Test
    void hiddenFilesAndEmptySegmentsAreNotFound() {
        for (String raw : List.of("/.broadsheet-site", "/.git/config", "//x", "/a//b")) {
            assertThat(RequestPath.parse(raw).refusal()).as(raw).contains(RequestPath.Refusal.NOT_FOUND);
        }
    }
}
