package io.broadsheet.cli;

import io.broadsheet.site.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Shows how far a build has got on the error stream: a bar redrawn in place when a person watches a terminal, and,
 * when asked to be verbose, one line per stage with its size and time. Writes nothing otherwise, so that logs and
 * CI get only the build's summary.
 */
final class BuildProgress implements Progress {
    /** Redrawing more often than this only costs time; a person cannot read faster. */
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean bar;
    private final boolean verbose;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage;
    private volatile int total;
    private long stageStart;
    private volatile long lastDraw;
    private int drawnWidth;

    /**
     * @param err     where to write
     * @param bar     whether to draw a bar in place, for a terminal
     * @param verbose whether to write a line as each stage ends
     * @param clock   nanosecond clock, {@link System#nanoTime} but in tests
     */
    BuildProgress(PrintWriter err, boolean bar, boolean verbose, LongSupplier clock) {
        this.err = err;
        this.bar = bar;
        this.verbose = verbose;
        this.clock = clock;
    }

    /**
     * Whether the user watches the error stream on a terminal: Java 17 tells only whether the standard input and
     * output are one ({@link System#console()}), so on Linux the error stream's own file is asked too, and a
     * terminal that cannot move the cursor ({@code TERM=dumb}) does not count.
     */
    static boolean errorStreamIsTerminal() {
        if (System.console() == null || "dumb".equals(System.getenv("TERM"))) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Override
    public synchronized void stage(String name, int total) {
        endStage();
        this.stage = name;
        this.total = total;
        done.set(0);
        stageStart = clock.getAsLong();
        lastDraw = Long.MIN_VALUE;
        draw(stageStart);
    }

    @Override
    public void advance() {
        int now = done.incrementAndGet();
        if (!bar) return;
        long time = clock.getAsLong();
        // Most calls return here without taking the lock, so worker threads do not queue behind the terminal.
        if (time - lastDraw < REDRAW_NANOS && now < total) return;
        synchronized (this) {
            if (time - lastDraw >= REDRAW_NANOS || done.get() >= total) draw(time);
        }
    }

    /** Ends the last stage: clears the bar and writes the stage's line if verbose. */
    synchronized void finish() {
        endStage();
        stage = null;
    }

    private void endStage() {
        if (stage == null) return;
        clearBar();
        if (verbose) {
            double seconds = (clock.getAsLong() - stageStart) / 1e9;
            err.printf(Locale.ROOT, "%-10s %d in %.2f s%n", stage, total, seconds);
        }
        err.flush();
    }

    private void draw(long time) {
        if (!bar || stage == null) return;
        lastDraw = time;
        int n = Math.min(done.get(), total);
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) n * BAR_WIDTH / total);
        String line = String.format(Locale.ROOT, "%-10s [%s%s] %d/%d", stage, "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), n, total);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        drawnWidth = line.length();
        err.flush();
    }

    private void clearBar() {
        if (!bar || drawnWidth == 0) return;
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        drawnWidth = 0;
    }
}
