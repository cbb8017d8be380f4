package io.broadsheet.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {
    private static final String SECRET = "top secret, outside the site";
    private static final String SCRIPT = "<script src=\"/__broadsheet/live-reload.js\"";

    @TempDir
    Path dir;

    private Path site;
    private PreviewServer server;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = SiteFolder.site(dir.resolve("site"), "Home");
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(dir.resolve("site-secret.txt"), SECRET);
        server = PreviewServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String type(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void bindsToLoopbackOnTheChosenFreePort() {
        assertThat(server.port()).isPositive();
        assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void servesTheHomePageAndNestedPagesAsUtf8Html() throws Exception {
        HttpResponse<byte[]> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(type(home)).isEqualTo("text/html; charset=utf-8");
        assertThat(text(home)).contains("<h1>Home</h1>", "Café – “quoted”");

        HttpResponse<byte[]> article = get("/articles/first/");
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(text(article)).contains("<h1>First article</h1>");
        assertThat(get("/articles/first/index.html").body()).isEqualTo(article.body());
    }

    @Test
    void aFolderUrlWithoutItsSlashIsRedirected() throws Exception {
        HttpResponse<byte[]> response = get("/articles/first?x=1");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue("/articles/first/?x=1");
    }

    @Test
    void otherFilesKeepTheirBytesAndGetTheirTypes() throws Exception {
        record Expected(String path, String type) {}
        for (Expected expected : List.of(
                new Expected("/articles/first/article.md", "text/markdown; charset=utf-8"),
                new Expected("/articles/first/source.txt", "text/plain; charset=utf-8"),
                new Expected("/assets/style.css", "text/css; charset=utf-8"))) {
            HttpResponse<byte[]> response = get(expected.path());
            assertThat(response.statusCode()).as(expected.path()).isEqualTo(200);
            assertThat(type(response)).as(expected.path()).isEqualTo(expected.type());
            assertThat(response.body()).as(expected.path())
                    .isEqualTo(Files.readAllBytes(site.resolve(expected.path().substring(1))));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "feed.xml, application/xml; charset=utf-8", "data.json, application/json",
        "app.js, text/javascript; charset=utf-8", "logo.png, image/png", "logo.svg, image/svg+xml",
        "favicon.ico, image/x-icon", "photo.JPG, image/jpeg", "face.woff2, font/woff2", "NOTES.TXT, text/plain; charset=utf-8",
        "page.htm, text/html; charset=utf-8", "archive.bin, application/octet-stream", "README, application/octet-stream"})
    void typesFollowTheExtension(String name, String expectedType) throws Exception {
        Files.write(site.resolve(name), new byte[] {1, 2, 3});
        HttpResponse<byte[]> response = get("/" + name);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(type(response)).isEqualTo(expectedType);
    }

    @Test
    void everyResponseForbidsCachingAndSniffing() throws Exception {
        for (String path : List.of("/", "/assets/style.css", "/missing", "/__broadsheet/live-reload.js")) {
            HttpResponse<byte[]> response = get(path);
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        }
    }

    @Test
    void servedPagesGetTheLiveReloadScriptButTheFilesOnDiskDoNot() throws Exception {
        byte[] onDisk = Files.readAllBytes(site.resolve("index.html"));
        String served = text(get("/"));
        assertThat(served).contains(SCRIPT);
        int script = served.indexOf(SCRIPT);
        assertThat(served.indexOf("</body>")).isGreaterThan(script);
        assertThat(served.indexOf("</h1>")).isLessThan(script);
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(onDisk);
        assertThat(new String(onDisk, StandardCharsets.UTF_8)).doesNotContain("live-reload", "connect-src");
        assertThat(text(get("/articles/first/article.md"))).doesNotContain("live-reload");
    }

    @Test
    void theLiveReloadScriptIsServedFromItsReservedPath() throws Exception {
        HttpResponse<byte[]> response = get("/__broadsheet/live-reload.js");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(type(response)).isEqualTo("text/javascript; charset=utf-8");
        assertThat(text(response)).contains("new EventSource('/__broadsheet/events')", "location.reload()");
    }

    @Test
    void theServedPolicyAllowsConnectingToSelfAndNothingElseChanges() throws Exception {
        String served = text(get("/"));
        String onDisk = Files.readString(site.resolve("index.html"));
        assertThat(served).contains("content=\"" + SiteFolder.POLICY + "; connect-src 'self'\"");
        assertThat(served).doesNotContain("unsafe-inline", "unsafe-eval");
        // Apart from the policy and the script element, the served page is the page on disk.
        String expected = onDisk.replace(SiteFolder.POLICY, SiteFolder.POLICY + "; connect-src 'self'");
        assertThat(served.replaceAll("<script src=\"/__broadsheet/live-reload.js\"[^>]*></script>", ""))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/../site-secret.txt", "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/articles/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/articles/..%2f..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/secret.txt%00.html",
        "/%00", "/./index.html", "//etc/passwd", "/%2fetc%2fpasswd", "/%c0%ae%c0%ae/secret.txt", "/.broadsheet-site"})
    void pathsThatCouldLeaveTheSiteAreRefused(String target) throws Exception {
        RawHttp.Response response = RawHttp.get(server.port(), target);
        assertThat(response.status()).as(target).isIn(400, 403, 404);
        assertThat(response.text()).as(target).doesNotContain(SECRET);
    }

    @Test
    void symbolicLinksLeadingOutOfTheSiteAreRefused() throws Exception {
        try {
            Files.createSymbolicLink(site.resolve("leak.txt"), dir.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("outside"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        for (String target : List.of("/leak.txt", "/outside/secret.txt", "/outside/", "/outside")) {
            RawHttp.Response response = RawHttp.get(server.port(), target);
            assertThat(response.status()).as(target).isEqualTo(403);
            assertThat(response.text()).as(target).doesNotContain(SECRET);
        }
    }

    @Test
    void symbolicLinksWithinTheSiteAreFollowed() throws Exception {
        try {
            Files.createSymbolicLink(site.resolve("style.css"), site.resolve("assets/style.css"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }
        assertThat(get("/style.css").body()).isEqualTo(Files.readAllBytes(site.resolve("assets/style.css")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "PROPFIND"})
    void onlyGetAndHeadAreAnswered(String method) throws Exception {
        RawHttp.Response response = RawHttp.send(server.port(), method, "/", "127.0.0.1");
        assertThat(response.status()).isEqualTo(405);
        assertThat(response.text()).containsIgnoringCase("Allow: GET, HEAD");
        assertThat(Files.readString(site.resolve("index.html"))).contains("<h1>Home</h1>");
    }

    @Test
    void headGivesTheHeadersOfGetWithoutTheBody() throws Exception {
        HttpResponse<byte[]> get = get("/articles/first/source.txt");
        HttpResponse<byte[]> head = client.send(HttpRequest.newBuilder(server.uri().resolve("/articles/first/source.txt"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(type(head)).isEqualTo(type(get));
        assertThat(head.headers().firstValue("Content-Length")).hasValue(Integer.toString(get.body().length));
    }

    @Test
    void missingPagesGetThePlainNotFoundUntilTheSiteHasA404Page() throws Exception {
        HttpResponse<byte[]> plain = get("/no/such/page/");
        assertThat(plain.statusCode()).isEqualTo(404);
        assertThat(type(plain)).isEqualTo("text/plain; charset=utf-8");

        SiteFolder.file(site.resolve("404.html"), SiteFolder.page("Not here"));
        HttpResponse<byte[]> page = get("/no/such/page/");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(type(page)).isEqualTo("text/html; charset=utf-8");
        assertThat(text(page)).contains("<h1>Not here</h1>", SCRIPT);
    }

    @Test
    void aFileUrlWithATrailingSlashIsNotFound() throws Exception {
        assertThat(get("/assets/style.css/").statusCode()).isEqualTo(404);
    }

    @Test
    void requestsForOtherHostNamesAreRefused() throws Exception {
        // A page on another site could otherwise read the preview through a DNS name rebound to 127.0.0.1.
        assertThat(RawHttp.send(server.port(), "GET", "/", "attacker.example").status()).isEqualTo(403);
        assertThat(RawHttp.send(server.port(), "GET", "/", "attacker.example:" + server.port()).status())
                .isEqualTo(403);
        assertThat(RawHttp.send(server.port(), "GET", "/", "localhost:" + server.port()).status()).isEqualTo(200);
    }

    @Test
    void aSiteFolderReplacedWholeIsServedAtOnce() throws Exception {
        Path next = SiteFolder.site(dir.resolve("next"), "Rebuilt home");
        Files.move(site, dir.resolve("old"));
        Files.move(next, site);
        assertThat(text(get("/"))).contains("<h1>Rebuilt home</h1>");
    }

    @Test
    void eventStreamSaysHelloThenPushesReloadAfterEachRebuild() throws Exception {
        try (EventClient events = EventClient.connect(server.uri())) {
            assertThat(events.response().statusCode()).isEqualTo(200);
            assertThat(type(events.response())).startsWith("text/event-stream");
            EventClient.Event hello = events.next("hello", Duration.ofSeconds(10)).orElseThrow();
            server.reload();
            EventClient.Event reload = events.next("reload", Duration.ofSeconds(10)).orElseThrow();
            assertThat(reload.data()).isNotEqualTo(hello.data());
            // A page served now belongs to the new build, so it does not reload again when it connects.
            assertThat(text(get("/"))).contains("data-build=\"" + reload.data() + "\"");
            server.reload();
            assertThat(events.next("reload", Duration.ofSeconds(10))).isPresent();
        }
    }

    @Test
    void closingTheServerFreesItsPortAndEndsEventStreams() throws Exception {
        int port = server.port();
        try (EventClient events = EventClient.connect(server.uri())) {
            events.next("hello", Duration.ofSeconds(10)).orElseThrow();
            server.close();
            try (PreviewServer again = PreviewServer.start(site, port)) {
                assertThat(again.port()).isEqualTo(port);
            }
        }
    }
}
