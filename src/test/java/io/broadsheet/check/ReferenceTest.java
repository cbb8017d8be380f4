package io.broadsheet.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** References resolve as a browser resolves them against a {@code file:} URL of a page in the site. */
class ReferenceTest {
    @Test
    void schemesAndProtocolRelativeReferencesAreExternal() {
        for (String ref : List.of("https://x.org/", "HTTP://x", "mailto:a@b", "data:text/plain,x", "//cdn.x/y.js",
                "tel:+1", "javascript:void(0)", " https://x.org/", "a+b-c.d:x")) {
            assertThat(Reference.isExternal(ref)).as(ref).isTrue();
        }
        for (String ref : List.of("a.html", "./a:b.html", "../x.html", "#f", "?q", "", "/a.html", "1a:b", "a/b:c",
                ":x")) {
            assertThat(Reference.isExternal(ref)).as(ref).isFalse();
        }
    }

    @Test
    void relativeReferencesResolveAgainstThePagesFolder() throws Exception {
        assertThat(Reference.resolve("articles/a/index.html", "../../assets/style.css"))
                .isEqualTo(new Reference("assets/style.css", false, false, Optional.empty()));
        assertThat(Reference.resolve("articles/a/index.html", "source.txt?x=1#L3"))
                .isEqualTo(new Reference("articles/a/source.txt", false, false, Optional.of("L3")));
        assertThat(Reference.resolve("articles/a/index.html", "./../b/"))
                .isEqualTo(new Reference("articles/b", true, false, Optional.empty()));
        assertThat(Reference.resolve("articles/a/index.html", ".."))
                .isEqualTo(new Reference("articles", true, false, Optional.empty()));
        assertThat(Reference.resolve("index.html", "/assets/x.css"))
                .isEqualTo(new Reference("assets/x.css", false, true, Optional.empty()));
    }

    @Test
    void aReferenceWithOnlyAFragmentOrQueryIsThePageItself() throws Exception {
        assertThat(Reference.resolve("a/b.html", "#top")).isEqualTo(new Reference("a/b.html", false, false,
                Optional.of("top")));
        assertThat(Reference.resolve("a/b.html", "?page=2")).isEqualTo(new Reference("a/b.html", false, false,
                Optional.empty()));
        assertThat(Reference.resolve("a/b.html", " ")).isEqualTo(new Reference("a/b.html", false, false,
                Optional.empty()));
    }

    @Test
    void percentEscapesAreDecodedAsUtf8ButPlusIsKept() throws Exception {
        assertThat(Reference.resolve("index.html", "my%20caf%C3%A9+more.png#caf%C3%A9").path())
                .isEqualTo("my café+more.png");
        assertThat(Reference.resolve("index.html", "x#caf%C3%A9").fragment()).contains("café");
        assertThat(Reference.resolve("a/b/index.html", "%2E%2E/c.html").path()).isEqualTo("a/c.html");
        for (String bad : List.of("a%2.html", "a%zz.html", "a%", "a%C3.html")) {
            assertThatThrownBy(() -> Reference.resolve("index.html", bad)).as(bad)
                    .isInstanceOf(Reference.Unresolvable.class);
        }
    }

    @Test
    void climbingAboveTheSiteFolderIsRefused() throws Exception {
        assertThat(Reference.resolve("a/index.html", "../index.html").path()).isEqualTo("index.html");
        assertThatThrownBy(() -> Reference.resolve("a/index.html", "../../index.html"))
                .hasMessage("leaves the site folder");
        assertThatThrownBy(() -> Reference.resolve("index.html", "a/../../x.html"))
                .hasMessage("leaves the site folder");
    }

    /** Going down and back up again by random ways always lands where the plain path says. */
    @Test
    void randomDetoursResolveToThePlainPath() throws Exception {
        long seed = 20261127L;
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            List<String> target = new ArrayList<>();
            int depth = random.nextInt(4);
            for (int d = 0; d <= depth; d++) target.add("s" + random.nextInt(3));
            StringBuilder ref = new StringBuilder();
            for (int d = 0; d < target.size(); d++) {
                if (random.nextInt(3) == 0) ref.append("./");
                if (random.nextInt(3) == 0) ref.append("detour").append(random.nextInt(9)).append("/../");
                ref.append(target.get(d)).append(d < target.size() - 1 ? "/" : "");
            }
            String expected = String.join("/", target);
            assertThat(Reference.resolve("index.html", ref.toString()).path())
                    .as("seed %d, case %d: %s", seed, i, ref).isEqualTo(expected);
            assertThat(Reference.resolve("x/y/page.html", "../../" + ref).path())
                    .as("seed %d, case %d: ../../%s", seed, i, ref).isEqualTo(expected);
        }
    }

    @Test
    void srcsetGivesEachCandidatesUrl() {
        assertThat(SrcSet.urls("a.png 1x, b.png 2x")).containsExactly("a.png", "b.png");
        assertThat(SrcSet.urls(" a.png, b.png 480w ,c.png")).containsExactly("a.png", "b.png", "c.png");
        // As in the HTML standard, a comma inside a URL does not split it; one at its end ends the candidate.
        assertThat(SrcSet.urls("a.png,b.png 480w")).containsExactly("a.png,b.png");
        assertThat(SrcSet.urls("a.png,, b.png")).containsExactly("a.png", "b.png");
        assertThat(SrcSet.urls("a,b.png 100w, c.png (max-width: 1px, 2px) 2x, d.png"))
                .containsExactly("a,b.png", "c.png", "d.png");
        assertThat(SrcSet.urls("")).isEmpty();
    }
}
