package io.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.broadsheet.testing.Project;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code broadsheet serve} with the real site builder and the project's seed dump. */
class ServeCommandTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern SERVING = Pattern.compile("Serving (.+)/ at (http://127\\.0\\.0\\.1:(\\d+)/) \\(Ctrl\\+C to stop\\)");
    private static final String SEED_ID = "000_1064a9bc0d479205";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient client = HttpClient.newHttpClient();
    private Thread serving;
    private CompletableFuture<Integer> exit;

    @AfterEach
    void stop() throws Exception {
        if (serving != null) {
            serving.interrupt();
            serving.join(WAIT.toMillis());
        }
    }

    private CompletableFuture<Integer> start(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        CompletableFuture<Integer> result = new CompletableFuture<>();
        serving = new Thread(() -> result.complete(cli.execute(args)), "test-serve");
        serving.start();
        return result;
    }

    /** The address printed by serve, once it is serving. */
    private URI awaitServing() throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = SERVING.matcher(out.toString());
            if (matcher.find()) return URI.create(matcher.group(2));
            if (exit.isDone()) break;
            Thread.sleep(50);
        }
        throw new AssertionError("not serving; out: " + out + " err: " + err);
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String[] args(Path seeds, Path site, String port) {
        return new String[] {"serve", "--seeds", seeds.toString(), "--out", site.toString(), "--port", port};
    }

    /** Waits for the next reload event on the live-reload stream. */
    private static boolean reloadArrives(InputStream events, Duration wait) throws Exception {
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> {
            StringBuilder text = new StringBuilder();
            try {
                for (int b = events.read(); b >= 0; b = events.read()) {
                    text.append((char) b);
                    if (text.indexOf("event: reload\n") >= 0) return true;
                }
            } catch (IOException e) {
                return false;
            }
            return false;
        });
        try {
            return seen.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void servesTheBuiltSiteAndRebuildsWhenASeedIsAdded() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Project.seed(), seeds.resolve(SEED_ID + ".txt"));
        Path site = dir.resolve("site");
        exit = start(args(seeds, site, "0"));
        URI uri = awaitServing();
        assertThat(out.toString()).contains("Serving " + site + "/ at ");

        HttpResponse<String> home = get(uri);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(SEED_ID, "<script src=\"/__broadsheet/live-reload.js\"", "connect-src 'self'");
        HttpResponse<String> article = get(uri.resolve("articles/" + SEED_ID + "/"));
        assertThat(article.statusCode()).isEqualTo(200);
        assertThat(article.body()).contains("/__broadsheet/live-reload.js");

        HttpResponse<InputStream> events = client.send(HttpRequest.newBuilder(uri.resolve("/__broadsheet/events"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream stream = events.body()) {
            Files.copy(Project.seed(), seeds.resolve("second.txt"));
            assertThat(reloadArrives(stream, WAIT)).as("reload after adding a seed; err: %s", err).isTrue();
        }
        HttpResponse<String> second = get(uri.resolve("articles/second/"));
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("/__broadsheet/live-reload.js");
        String onDisk = Files.readString(site.resolve("articles/second/index.html"), StandardCharsets.UTF_8);
        assertThat(onDisk).doesNotContain("live-reload", "__broadsheet", "connect-src");
        assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("live-reload", "connect-src");
        assertThat(out.toString()).contains("Built 2 articles");

        serving.interrupt();
        assertThat(exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isZero();
    }

    @Test
    void aRebuildThatCannotStartKeepsTheLastGoodSiteServed() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Project.seed(), seeds.resolve(SEED_ID + ".txt"));
        Path site = dir.resolve("site");
        exit = start(args(seeds, site, "0"));
        URI uri = awaitServing();
        String before = get(uri).body();

        Files.move(seeds, dir.resolve("seeds-moved-away"));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!err.toString().contains("still serving the last good site") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(err.toString()).contains("seeds folder not found", "still serving the last good site");
        HttpResponse<String> after = get(uri);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains(SEED_ID);
        // Same page apart from the build id the script is given.
        assertThat(after.body().replaceAll("data-build=\"[^\"]*\"", ""))
                .isEqualTo(before.replaceAll("data-build=\"[^\"]*\"", ""));
    }

    @Test
    void aPortInUseIsASetupError() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            exit = start(args(seeds, dir.resolve("site"), Integer.toString(taken.getLocalPort())));
            assertThat(exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        }
        assertThat(err.toString()).contains("cannot listen on 127.0.0.1:", "--port");
    }

    @Test
    void aPortOutOfRangeIsAUsageError() throws Exception {
        exit = start(args(dir.resolve("seeds"), dir.resolve("site"), "70000"));
        assertThat(exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535");
        assertThat(dir.resolve("site")).doesNotExist();
    }

    @Test
    void aMissingSeedsFolderStopsBeforeServing() throws Exception {
        exit = start(args(dir.resolve("nowhere"), dir.resolve("site"), "0"));
        assertThat(exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(2);
        assertThat(err.toString()).contains("seeds folder not found");
        assertThat(out.toString()).doesNotContain("Serving");
    }

    @Test
    void helpListsTheServeOptions() throws Exception {
        exit = start("serve", "--help");
        assertThat(exit.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isZero();
        assertThat(out.toString()).contains("--seeds", "--templates", "--out", "--port", "1111");
    }
}
