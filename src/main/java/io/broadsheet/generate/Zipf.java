package io.broadsheet.generate;

/**
 * Draws ranks {@code 0..n-1} with probability proportional to {@code 1 / (rank + 1)^exponent}, the skew seen in
 * news: a handful of names turn up everywhere and most turn up once or twice.
 */
final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double exponent) {
        if (n <= 0) throw new IllegalArgumentException("n must be positive: " + n);
        cumulative = new double[n];
        double total = 0;
        for (int rank = 0; rank < n; rank++) {
            // StrictMath, not Math: the weights must be bit-identical on every JVM.
            total += 1.0 / StrictMath.pow(rank + 1, exponent);
            cumulative[rank] = total;
        }
    }

    int next(SplitMix random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) high = middle;
            else low = middle + 1;
        }
        return low;
    }
}
