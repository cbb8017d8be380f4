package io.broadsheet.generate;

import java.util.List;

/**
 * A SplitMix64 random stream. Written out here rather than borrowed from {@code java.util.SplittableRandom} because
 * archives must be byte-identical on every JVM, and only our own arithmetic is guaranteed not to change.
 */
final class SplitMix {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    /** A stream for item {@code index} of the archive {@code seed}, independent of every other item's stream. */
    static SplitMix forItem(long seed, long index) {
        return new SplitMix(mix(mix(seed) + GOLDEN_GAMMA * (index + 1)));
    }

    /** Stafford's variant 13 finaliser: a bijection on longs that spreads every input bit over the output. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** A number in {@code [0, bound)}; the bias of the multiply-shift reduction is below 2^-31, irrelevant here. */
    int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** A number in {@code [from, to]}, both inclusive. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    /** A double in {@code [0, 1)}, from the top 53 bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }
}
