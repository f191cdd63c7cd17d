package org.framelab.cli;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.features.FeatureExtraction;
import org.framelab.app.FeatureStep;
import org.framelab.features.FeatureSets;
import org.framelab.features.FittedFeatures;
import org.framelab.features.FramingSpec;
import org.framelab.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code framelab bench features PATH}: feature extraction speed (MB/s of text) and peak heap for the
 * chosen families, on one thread and on all cores with the corpus in memory, then end to end
 * streaming from the file (reading included) with bounded memory.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"Benchmark feature extraction: MB/s of text and peak heap, single-threaded and on all cores "
                + "(corpus in memory), then streamed from the file (reading included, rows discarded)."})
public final class BenchFeaturesCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputArgs input;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "2",
            description = "Timed rounds per setting (the best is reported; the first also warms up the JIT). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--no-stream", description = "Skip the end-to-end streaming measurement.")
    boolean noStream;

    @CommandLine.Mixin
    FeatureCliOptions featureOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        if (rounds < 1) throw new OptionException("--rounds", "" + rounds);
        FramingSpec fs = (FramingSpec) FeatureSets.parse(featureOptions.toFeatureOptions());
        Corpus c = Corpora.read(input.path, input.corpus.toReadOptions(), new ConsoleProgress(input.err()));
        FittedFeatures f = fs.needsFit() ? fs.fit(c.articles()) : fs.fit(List.of());
        long bytes = 0;
        for (Article a : c.articles()) bytes += BenchCommand.Load.utf8Length(a.text());
        double mb = bytes / 1e6;
        int cores = FeatureExtraction.allCores();
        out.printf("corpus:      %,d articles, %.1f MB of text (UTF-8), families %s, %d columns%n", c.size(), mb,
                fs.describe(), f.columns().size());
        if (c.provenance().rowsSkipped() > 0) {
            out.printf("skipped:     %,d rows (--skip-bad), not in the timings%n", c.provenance().rowsSkipped());
        }
        out.printf("machine:     %d cores, max heap %.0f MB, system load %.1f at start%n", cores,
                BenchCommand.HeapSampler.maxHeap() / 1e6, load());
        for (int threads : cores > 1 ? new int[]{1, cores} : new int[]{1}) inMemory(out, f, c, mb, threads);
        if (!noStream) {
            c = null;
            streamed(out, f, mb, cores);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
    /** The best of {@code rounds} passes over the corpus held in memory, with {@code threads} workers. */
    private void inMemory(PrintWriter out, FittedFeatures f, Corpus c, double mb, int threads) throws Exception {
        double best = Double.MAX_VALUE;
        double bestCpu = 0;
        long peak = 0;
        for (int r = 0; r < rounds; r++) {
            System.gc();
            AtomicLong rows = new AtomicLong();
            try (BenchCommand.HeapSampler sampler = new BenchCommand.HeapSampler()) {
                long cpu0 = BenchCommand.Load.processCpuNanos();
                long t0 = System.nanoTime();
                FeatureStep.stream(f, c.articles(), threads, false, row -> rows.incrementAndGet(), Progress.NONE);
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = (BenchCommand.Load.processCpuNanos() - cpu0) / 1e9;
                if (secs < best) {
                    best = secs;
                    bestCpu = cpu;
                }
                peak = Math.max(peak, sampler.peak());
            }
            if (rows.get() != c.size()) throw new IllegalStateException("row count mismatch");
        }
        // a tiny corpus can take less CPU time than the clock resolves: no rate then, not "Infinity"
        String perCpu = bestCpu > 0 ? String.format("%.1f MB per cpu-second", mb / bestCpu) : "too fast to measure";
        out.printf("%-12s %6.2f s  %6.1f MB/s  (cpu %.1f s = %s; peak heap %.0f MB incl. the corpus in memory; load %.1f)%n",
                threads == 1 ? "1 thread:" : threads + " threads:", best, mb / best, bestCpu, perCpu, peak / 1e6, load());
    }

    /** One pass reading the corpus as a stream (reading included in the time). */
    private void streamed(PrintWriter out, FittedFeatures f, double mb, int cores) throws Exception {
        System.gc();
        try (BenchCommand.HeapSampler sampler = new BenchCommand.HeapSampler();
             ArticleStream s = Corpora.open(input.path, input.corpus.toReadOptions())) {
            AtomicLong rows = new AtomicLong();
            long cpu0 = BenchCommand.Load.processCpuNanos();
            long t0 = System.nanoTime();
            FeatureExtraction.Result r = FeatureStep.stream(f, s, cores, false, row -> rows.incrementAndGet(), Progress.NONE);
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchCommand.Load.processCpuNanos() - cpu0) / 1e9;
            out.printf("streamed:    %6.2f s  %6.1f MB/s  (%d threads, reading included; cpu %.1f s; %,d rows; peak heap %.0f MB; load %.1f)%n",
                    secs, mb / secs, cores, cpu, r.articles(), sampler.peak() / 1e6, load());
        }
    }

}
