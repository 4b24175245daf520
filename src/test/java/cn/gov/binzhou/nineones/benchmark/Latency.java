package cn.gov.binzhou.nineones.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall times of repeated calls, after a warm-up, as p50 and p95 in milliseconds. */
record Latency(double p50, double p95, int samples) {

    static Latency of(int warmUp, int measured, Runnable call) {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        return new Latency(percentile(millis, 50), percentile(millis, 95), measured);
    }

    private static double percentile(List<Double> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    @Override
    public String toString() {
        return String.format("p50 %.0f ms, p95 %.0f ms (%d calls)", p50, p95, samples);
    }
}
