package cn.gov.binzhou.nineones.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The highest heap in use while a run goes on, sampled every 50 ms on a daemon thread. */
final class PeakHeap implements AutoCloseable {

    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    PeakHeap() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        sampler = new Thread(this::sample, "bench-peak-heap");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getUsage().getUsed()).sum();
            peak = Math.max(peak, used);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakBytes() {
        return peak;
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
