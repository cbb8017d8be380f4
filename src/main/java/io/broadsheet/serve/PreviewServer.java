package io.broadsheet.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves a site folder on the loopback interface for previewing, with live reload: pages served from here reload
 * themselves after {@link #reload()}.
 *
 * <p>The live-reload script exists only in responses; the files on disk are never changed. Requests for anything
 * outside the site folder are refused, including through symbolic links. Only GET and HEAD are answered, and only
 * for a loopback Host, so that a web page elsewhere cannot read the preview through a rebound DNS name.
 */
public final class PreviewServer implements AutoCloseable {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final long HEARTBEAT_SECONDS = 15;

    private final Path site;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final EventStream events = new EventStream();
    private final byte[] script;
    /** Told apart from other runs so that a page open across a restart of the server reloads too. */
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong rebuilds = new AtomicLong();

    private PreviewServer(Path site, HttpServer server) {
        this.site = site;
        this.server = server;
        this.script = resource("live-reload.js");
        this.handlers = Executors.newFixedThreadPool(4, daemonThreads("broadsheet-serve"));
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemonThreads("broadsheet-heartbeat"));
    }

    /**
     * Starts serving a site folder on 127.0.0.1.
     *
     * @param site the folder to serve; it may be replaced whole while serving, as builds do, but must exist
     * @param port the port, or 0 for any free one (see {@link #port()})
     * @throws IOException if the port cannot be bound, for instance because it is in use
     */
    public static PreviewServer start(Path site, int port) throws IOException {
        Objects.requireNonNull(site, "site");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
        if (!Files.isDirectory(site)) throw new IllegalArgumentException("not a folder: " + site);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(site.toAbsolutePath().normalize(), http);
        http.createContext("/", preview::handle);
        http.setExecutor(preview.handlers);
        http.start();
        preview.heartbeat.scheduleAtFixedRate(preview.events::heartbeat,
                HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        return preview;
    }

    /** The port the server is bound to, useful when it was started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the site's home page, such as {@code http://127.0.0.1:1111/}. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Tells every open page to reload, after the site folder was rebuilt. */
    public void reload() {
        rebuilds.incrementAndGet();
        events.reload(build());
    }

    /** How many pages are listening for reloads; for tests and for the curious. */
    public int listeners() {
        return events.size();
    }

    /** Stops serving and closes every open connection. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        events.close();
        server.stop(0);
        handlers.shutdownNow();
    }

    private String build() {
        return run + "-" + Long.toHexString(rebuilds.get());
    }

    private void handle(HttpExchange exchange) {
        boolean keptOpen = false;
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-store");
            headers.set("X-Content-Type-Options", "nosniff");
            if (!isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                sendText(exchange, 403, "403 Forbidden: this preview answers only to 127.0.0.1 and localhost\n");
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", "GET, HEAD");
                sendText(exchange, 405, "405 Method Not Allowed\n");
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (LiveReloadPage.EVENTS_PATH.equals(rawPath) && method.equals("GET")) {
                events.open(exchange, build());
                // The connection stays open for events; the event stream closes it.
                keptOpen = true;
            } else if (LiveReloadPage.SCRIPT_PATH.equals(rawPath)) {
                send(exchange, 200, "text/javascript; charset=utf-8", script);
            } else {
                serveFile(exchange, rawPath);
            }
        } catch (IOException e) {
            // The client went away mid-response; there is no one left to answer.
        } finally {
            if (!keptOpen) exchange.close();
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        RequestPath.Parsed parsed = RequestPath.parse(rawPath);
        if (parsed.refusal().isPresent()) {
            switch (parsed.refusal().get()) {
                case BAD_REQUEST -> sendText(exchange, 400, "400 Bad Request\n");
                case FORBIDDEN -> sendText(exchange, 403, "403 Forbidden\n");
                case NOT_FOUND -> sendNotFound(exchange);
            }
            return;
        }
        RequestPath path = parsed.path().orElseThrow();
        Optional<Path> root = realPath(site);
        Optional<Path> target = root.flatMap(r -> realPath(path.resolveIn(r)));
        if (root.isEmpty() || target.isEmpty()) {
            sendNotFound(exchange);
            return;
        }
        Path file = target.get();
        // The type follows the name asked for, as with any static server, not the name a link points to.
        String name = path.segments().isEmpty() ? "" : path.segments().get(path.segments().size() - 1);
        if (!file.startsWith(root.get())) {
            // A symbolic link that leads out of the site.
            sendText(exchange, 403, "403 Forbidden\n");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.trailingSlash()) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                sendText(exchange, 302, "302 Found\n");
                return;
            }
            file = file.resolve("index.html");
            Optional<Path> index = realPath(file);
            if (index.isEmpty() || !index.get().startsWith(root.get())) {
                sendNotFound(exchange);
                return;
            }
            file = index.get();
            name = "index.html";
        } else if (path.trailingSlash()) {
            sendNotFound(exchange);
            return;
        }
        Optional<byte[]> bytes = read(file);
        if (bytes.isEmpty()) {
            sendNotFound(exchange);
            return;
        }
        sendSiteFile(exchange, 200, name, bytes.get());
    }

    /** The site's own 404.html when it has one, else a plain message. */
    private void sendNotFound(HttpExchange exchange) throws IOException {
        Optional<Path> root = realPath(site);
        Optional<Path> page = root.flatMap(r -> realPath(r.resolve("404.html")))
                .filter(p -> p.startsWith(root.get()) && Files.isRegularFile(p));
        Optional<byte[]> bytes = page.flatMap(PreviewServer::read);
        if (bytes.isPresent()) {
            sendSiteFile(exchange, 404, "404.html", bytes.get());
        } else {
            sendText(exchange, 404, "404 Not Found\n");
        }
    }

    private void sendSiteFile(HttpExchange exchange, int status, String name, byte[] bytes) throws IOException {
        String type = ContentTypes.of(name);
        if (ContentTypes.isHtml(type)) {
            String page = new String(bytes, StandardCharsets.ISO_8859_1);
            bytes = LiveReloadPage.rewrite(page, build()).getBytes(StandardCharsets.ISO_8859_1);
        }
        send(exchange, status, type, bytes);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD")) {
            // The JDK server sends no body for HEAD and wants the length as a header, not as an argument.
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Whether the Host header names this machine's loopback interface (any port). */
    static boolean isLoopbackHost(String host) {
        if (host == null) return false;
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            if (close < 0) return false;
            name = name.substring(0, close + 1);
        } else {
            int colon = name.indexOf(':');
            if (colon >= 0) name = name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]");
    }

    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A site file's bytes; empty when a rebuild swapped the folder away between looking and reading. */
    private static Optional<byte[]> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " next to PreviewServer");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
