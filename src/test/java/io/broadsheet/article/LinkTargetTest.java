package io.broadsheet.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkTargetTest {
    @Test
    void keepsValidAddressesAsTheyAre() {
        assertThat(LinkTarget.normalise("https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links"))
                .hasValue("https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links");
        assertThat(LinkTarget.normalise("http://example.com:8080/a?q=1&r=%20#top"))
                .hasValue("http://example.com:8080/a?q=1&r=%20#top");
        assertThat(LinkTarget.normalise("mailto:desk@example.com")).hasValue("mailto:desk@example.com");
    }

    @Test
    void encodesWhatMayNotStandInAnAddress() {
        assertThat(LinkTarget.normalise(" https://example.com/ä ö?x=[1]|2 ")).hasValue(
                "https://example.com/%C3%A4%20%C3%B6?x=%5B1%5D%7C2");
        assertThat(LinkTarget.normalise("https://example.com/100%")).hasValue("https://example.com/100%25");
    }

    @Test
    void writesInternationalHostsInAscii() {
        assertThat(LinkTarget.normalise("https://Bücher.example/")).hasValue("https://xn--bcher-kva.example/");
    }

    @Test
    void refusesWhatIsNotAUsableWebOrMailAddress() {
        assertThat(LinkTarget.normalise("https://a..de/")).isEmpty();
        assertThat(LinkTarget.normalise("https://user:secret@example.com/")).isEmpty();
        assertThat(LinkTarget.normalise("https:///path")).isEmpty();
        assertThat(LinkTarget.normalise("https://exa mple.com/")).isEmpty();
        assertThat(LinkTarget.normalise("https://example.com:99999/")).isEmpty();
        assertThat(LinkTarget.normalise("ftp://example.com/")).isEmpty();
        assertThat(LinkTarget.normalise("/relative")).isEmpty();
        assertThat(LinkTarget.normalise("mailto:")).isEmpty();
    }
}
