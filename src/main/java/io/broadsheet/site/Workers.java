package io.broadsheet.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A fixed number of threads that work through numbered items and hand back the results by number, so that what
 * is made from the results does not depend on which thread finished first.
 *
 * <p>Each thread takes the next number when it is free: no queue of waiting work builds up, so no more items are
 * in hand at once than there are threads.
 */
final class Workers {
    private final int threads;

    /** @param threads how many threads work at once, at least 1; with 1 the items are done in order on the caller */
    Workers(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.threads = threads;
    }

    /** How many threads work at once. */
    int threads() {
        return threads;
    }

    /**
     * Does two pieces of work at once (one after the other with a single thread) and returns both results.
     *
     * @throws RuntimeException or Error the first one either threw
     */
    <A, B> Both<A, B> both(Supplier<A> first, Supplier<B> second) {
        List<Object> results = map(2, i -> i == 0 ? first.get() : second.get(), Progress.NONE);
        @SuppressWarnings("unchecked")
        Both<A, B> both = new Both<>((A) results.get(0), (B) results.get(1));
        return both;
    }

    /** The results of {@link #both}. */
    record Both<A, B>(A first, B second) {}

    /**
     * Does items {@code 0..count-1} and returns their results in item order.
     *
     * @param work     makes the result of one item; must be safe to call from several threads at once
     * @param progress told each time an item is done
     * @throws RuntimeException or Error the first one an item threw; the other items are then not all done
     */
    <R> List<R> map(int count, IntFunction<R> work, Progress progress) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int i;
            while (failure.get() == null && (i = next.getAndIncrement()) < count) {
                try {
                    results[i] = work.apply(i);
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                    return;
                }
                progress.advance();
            }
        };
        int helpers = Math.min(threads, count) - 1;
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < helpers; t++) {
            Thread thread = new Thread(worker, "broadsheet-build-" + t);
            thread.setDaemon(true);
            thread.start();
            started.add(thread);
        }
        worker.run();
        boolean interrupted = false;
        for (Thread thread : started) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    // The results array must not be read while helpers still write it, so wait them out.
                    interrupted = true;
                    failure.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) throw e;
        if (t instanceof Error e) throw e;
        if (t != null) throw new IllegalStateException("build interrupted", t);
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return list;
    }
}
