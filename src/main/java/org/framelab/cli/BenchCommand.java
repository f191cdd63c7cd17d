package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/** {@code framelab bench ...}: speed and memory measurements (other areas add subcommands). */
@Command(name = "bench", description = "Measure speed and memory.", mixinStandardHelpOptions = true,
        subcommands = {BenchCommand.Load.class, BenchFeaturesCommand.class, BenchTrainCommand.class, BenchDuplicatesCommand.class})
public final class BenchCommand extends CommandGroup {
    /** Samples used heap every few milliseconds and keeps the maximum (plus the pools' peak usage). */
    public static final class HeapSampler implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        public HeapSampler() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
            MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    long used = mx.getHeapMemoryUsage().getUsed();
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** Peak sampled heap use in bytes. */
        public long peak() {
            return Math.max(peak.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }

        /** Max heap (-Xmx) in bytes. */
        public static long maxHeap() {
            return Runtime.getRuntime().maxMemory();
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Load a corpus completely and print articles, MB of text, seconds, MB/s and peak heap.")
    public static final class Load implements Callable<Integer> {
        @CommandLine.Mixin
        InputArgs input;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = input.out();
            System.gc();
            long inputBytes = Files.isRegularFile(input.path) ? Files.size(input.path) : -1;
            Corpus c;
            long t0;
            long t1;
            long peak;
            long cpu0;
            long cpu1;
            try (HeapSampler sampler = new HeapSampler()) {
                cpu0 = processCpuNanos();
                t0 = System.nanoTime();
                c = Corpora.read(input.path, input.corpus.toReadOptions(), Progress.NONE);
                t1 = System.nanoTime();
                cpu1 = processCpuNanos();
                peak = sampler.peak();
            }
            long textBytes = 0;
            for (Article a : c.articles()) textBytes += utf8Length(a.text());
            double secs = (t1 - t0) / 1e9;
            double mb = textBytes / 1e6;
            out.printf("articles:       %,d%n", c.size());
            out.printf("text:           %.1f MB (UTF-8)%n", mb);
            if (inputBytes > 0) out.printf("input file:     %.1f MB%n", inputBytes / 1e6);
            out.printf("seconds:        %.2f%n", secs);
            out.printf("throughput:     %.1f MB/s of text%n", mb / secs);
            if (cpu0 >= 0 && cpu1 >= 0) {
                out.printf("cpu seconds:    %.2f (all threads of the process, incl. GC; less affected by a busy machine)%n", (cpu1 - cpu0) / 1e9);
            }
            out.printf("cores:          %d available, system load %.1f%n", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("peak heap:      %.0f MB used (max heap %.0f MB)%n", peak / 1e6, HeapSampler.maxHeap() / 1e6);
            out.printf("rows skipped:   %,d%n", c.provenance().rowsSkipped());
            out.flush();
            return ExitCodes.OK;
        }

        /** CPU time of the whole process in ns, or -1 when the JVM does not report it. */
        static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return -1;
        }

        static long utf8Length(String s) {
            return org.framelab.corpus.Utf8Length.of(s);
        }
    }
}
