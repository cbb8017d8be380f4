package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiveReloadPageTest {
    private static final String BUILD = "0a1b2c3d-1";
    private static final String SCRIPT = LiveReloadPage.scriptElement(BUILD);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "default-src 'none'; script-src 'self'          | default-src 'none'; script-src 'self'; connect-src 'self'",
        "default-src 'none'; connect-src 'none'         | default-src 'none'; connect-src 'self'",
        "default-src 'none'; connect-src https://a.test | default-src 'none'; connect-src https://a.test 'self'",
        "default-src 'none';;  img-src 'self' ;         | default-src 'none'; img-src 'self'; connect-src 'self'",
        "CONNECT-SRC 'none'; connect-src *              | CONNECT-SRC 'self'; connect-src *",
    })
    void connectSrcIsOpenedToSelfOnly(String policy, String expected) {
        assertThat(LiveReloadPage.withConnectSelf(policy)).isEqualTo(expected);
    }

    @Test
    void aPolicyThatAlreadyAllowsSelfIsLeftAsWritten() {
        String policy = "default-src 'none';  connect-src 'self' wss://x.test";
        assertThat(LiveReloadPage.withConnectSelf(policy)).isSameAs(policy);
    }

    @Test
    void theScriptGoesBeforeTheLastClosingBodyTag() {
        String page = "<html><body><pre>&lt;/body&gt; </body> in text</pre>\n</BODY>\n</html>";
        String served = LiveReloadPage.rewrite(page, BUILD);
        assertThat(served).isEqualTo("<html><body><pre>&lt;/body&gt; </body> in text</pre>\n" + SCRIPT
                + "</BODY>\n</html>");
    }

    @Test
    void aPageWithoutAClosingBodyTagGetsTheScriptAtTheEnd() {
        assertThat(LiveReloadPage.rewrite("<!DOCTYPE html><title>x</title><p>text", BUILD))
                .isEqualTo("<!DOCTYPE html><title>x</title><p>text" + SCRIPT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
            + " | <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; connect-src 'self'\">",
        "<META CONTENT=\"default-src 'none'\" HTTP-EQUIV=content-security-policy>"
            + " | <META CONTENT=\"default-src 'none'; connect-src 'self'\" HTTP-EQUIV=content-security-policy>",
        "<meta http-equiv='Content-Security-Policy' content='default-src &#39;none&#39;'>"
            + " | <meta http-equiv='Content-Security-Policy' content='default-src &#39;none&#39;; connect-src &#39;self&#39;'>",
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;\" />"
            + " | <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; connect-src 'self'\" />",
        "<meta data-x=\"a>b\" http-equiv=\"Content-Security-Policy\" content=\"img-src 'self'\">"
            + " | <meta data-x=\"a>b\" http-equiv=\"Content-Security-Policy\" content=\"img-src 'self'; connect-src 'self'\">",
    })
    void theContentSecurityPolicyMetaIsRewrittenInPlace(String meta, String expected) {
        String served = LiveReloadPage.rewrite("<head>" + meta + "</head><body></body>", BUILD);
        assertThat(served).isEqualTo("<head>" + expected + "</head><body>" + SCRIPT + "</body>");
    }

    @Test
    void otherMetaElementsAndReportOnlyPoliciesAreUntouched() {
        String head = "<meta charset=\"utf-8\"><meta name=\"description\" content=\"default-src 'none'\">"
                + "<meta http-equiv=\"refresh\" content=\"5\">"
                + "<meta http-equiv=\"Content-Security-Policy-Report-Only\" content=\"default-src 'none'\">";
        assertThat(LiveReloadPage.rewrite(head, BUILD)).isEqualTo(head + SCRIPT);
    }

    @Test
    void bytesOutsideTheEditsSurviveWhateverTheEncoding() {
        // Pages are handled as ISO-8859-1 text so that UTF-8 and even broken bytes come back unchanged.
        byte[] page = {'<', 'p', '>', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xE2, (byte) 0x80, '<', '/', 'b',
            'o', 'd', 'y', '>'};
        String text = new String(page, java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] served = LiveReloadPage.rewrite(text, BUILD).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] script = SCRIPT.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(java.util.Arrays.copyOfRange(served, 0, 8)).isEqualTo(java.util.Arrays.copyOfRange(page, 0, 8));
        assertThat(java.util.Arrays.copyOfRange(served, 8, 8 + script.length)).isEqualTo(script);
        assertThat(java.util.Arrays.copyOfRange(served, 8 + script.length, served.length))
                .isEqualTo(java.util.Arrays.copyOfRange(page, 8, page.length));
    }

    @Test
    void theScriptElementIsTheOneTheServerAnswers() {
        assertThat(SCRIPT).isEqualTo("<script src=\"/__broadsheet/live-reload.js\" data-build=\"" + BUILD
                + "\" defer></script>");
    }
}
