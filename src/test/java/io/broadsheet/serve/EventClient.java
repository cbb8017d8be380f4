package io.broadsheet.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A live-reload client as a browser's EventSource would be: reads the event stream and collects its events. */
final class EventClient implements AutoCloseable {
    /** One event: its name and data. */
    record Event(String name, String data) {}

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventClient(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "test-event-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static EventClient connect(URI site) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(site.resolve("/__broadsheet/events"))
                .timeout(Duration.ofSeconds(10)).build();
        return new EventClient(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    HttpResponse<InputStream> response() {
        return response;
    }

    /** The next event with this name, skipping others, or empty if none comes in time. */
    Optional<Event> next(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Event event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (event == null) return Optional.empty();
            if (event.name().equals(name)) return Optional.of(event);
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0) events.add(new Event(name, data.toString()));
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring("event:".length()).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) data.append('\n');
                    data.append(line.substring("data:".length()).strip());
                }
            }
        } catch (IOException e) {
            // Closed by the test or by the server.
        }
    }

    @Override
    public void close() throws IOException {
        response.body().close();
    }
}
