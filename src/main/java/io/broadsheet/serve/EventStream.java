package io.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open Server-Sent Events connections of live-reload clients, and what is pushed down them.
 *
 * <p>Connections stay open after their handler returns; a client that has gone away is noticed when a write to it
 * fails, so the server also sends a comment line now and then.
 */
final class EventStream implements AutoCloseable {
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();

    /** One open connection; writes are serialised because the heartbeat and a rebuild may push at once. */
    private static final class Client {
        private final HttpExchange exchange;
        private final OutputStream body;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
            this.body = exchange.getResponseBody();
        }

        synchronized void send(String text) throws IOException {
            body.write(text.getBytes(StandardCharsets.UTF_8));
            body.flush();
        }

        void close() {
            exchange.close();
        }
    }

    /**
     * Takes over a request for the event stream: sends the headers and a {@code hello} event naming the current
     * build, then keeps the connection for later events.
     */
    void open(HttpExchange exchange, String build) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        clients.add(client);
        // A client that reconnects after a rebuild it missed learns of it from hello and reloads.
        push(client, "retry: 1000\nevent: hello\ndata: " + build + "\n\n");
    }

    /** Tells every client that the site was rebuilt into the given build. */
    void reload(String build) {
        pushAll("event: reload\ndata: " + build + "\n\n");
    }

    /** A comment line, which clients ignore, to find connections that were closed without a word. */
    void heartbeat() {
        pushAll(": keep-alive\n\n");
    }

    int size() {
        return clients.size();
    }

    private void pushAll(String event) {
        for (Client client : List.copyOf(clients)) push(client, event);
    }

    private void push(Client client, String event) {
        try {
            client.send(event);
        } catch (IOException e) {
            // The browser closed the page or lost the connection; it reconnects on its own if it is still there.
            clients.remove(client);
            client.close();
        }
    }

    @Override
    public void close() {
        for (Client client : List.copyOf(clients)) {
            clients.remove(client);
            client.close();
        }
    }
}
