package vn.vanban.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds and their order statistics. */
final class Stopwatch {

    private final long[] samples;
    private int count;

    Stopwatch(int capacity) {
        samples = new long[capacity];
    }

    void add(long nanos) {
        samples[count++] = nanos;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double percentileMs(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }
}
