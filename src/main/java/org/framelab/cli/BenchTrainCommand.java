package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.model.SplitFile;
import org.framelab.app.Classify;
import org.framelab.app.ClassifyStreamed;
import org.framelab.features.StreamedFit;
import org.framelab.model.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code framelab bench train}: time the training run (features + fit) and its peak heap. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train once on a corpus and print feature time, fit time, MB/s of text and peak heap.",
                "Example: framelab bench train ../shared/datasets/allsides/articles.jsonl.gz --label bias --split-file ../shared/datasets/allsides/splits/media/"})
public final class BenchTrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "Training corpus.")
    Path path;

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "Label field.")
    String label;

    @Option(names = "--split-file", paramLabel = "F", description = "Train only on the articles listed in this split (parts chosen by --parts).")
    Path splitFile;

    @Option(names = "--parts", paramLabel = "P", split = ",", defaultValue = "train,valid,test",
            description = "Split parts to train on (default: ${DEFAULT-VALUE}).")
    List<String> parts;

    @Mixin
    ClassifierCliOptions model;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    CacheOptions cache;

    @Mixin
    CorpusInput input;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        ConsoleProgress progress = input.progress();
        try (BenchCommand.HeapSampler heap = new BenchCommand.HeapSampler()) {
            Set<String> wanted = Set.copyOf(parts);
            Map<String, String> split = splitFile == null ? null : SplitFile.read(splitFile);
            StreamedFit.Pass all = ModelCli.pass(path, input);
            long[] count = {0, 0};
            int[] pass = {0};
            StreamedFit.Pass training = each -> {
                pass[0]++;
                all.forEach(a -> {
                    if (split != null) {
                        String part = split.get(a.id());
                        if (part == null || !wanted.contains(part)) return;
                    }
                    if (pass[0] == 1) {
                        count[0]++;
                        count[1] += BenchCommand.Load.utf8Length(a.text()) + BenchCommand.Load.utf8Length(a.title());
                    }
                    each.accept(a);
                });
            };
            Classify.Request req = new Classify.Request(label, model.featureOptions(),
                    model.classifier(), null, seed, 0, model.selection(), model.minOutlets(), 0, false,
                    false, null, List.of());
            long t0 = System.nanoTime();
            double c0 = Trainer.processCpuSeconds();
            Trainer.Trained t = ClassifyStreamed.train(req, training, progress);
            double total = (System.nanoTime() - t0) / 1e9;
            double cpu = Trainer.processCpuSeconds() - c0;
            double mb = count[1] / 1e6;
            double analysis = total - t.featureSeconds() - t.fitSeconds();
            out.printf(Locale.ROOT, "bench train: %s, %d training articles, %.1f MB of text, read as a stream twice (never held)%n",
                    path.getFileName(), count[0], mb);
            out.printf(Locale.ROOT, "  features %s: %d columns, %d non-zeros%n", req.featureSet(), t.numColumns(), t.nonZeros());
            out.printf(Locale.ROOT, "  classifier %s%n", t.model().info().classifier());
            out.printf(Locale.ROOT, "  reading + analysing (pass 1: boilerplate; pass 2: each article once, %d threads): %.2f s = %.1f MB/s%n",
                    Runtime.getRuntime().availableProcessors(), analysis, mb / analysis);
            out.printf(Locale.ROOT, "  vectors, scaling and compact matrix: %.2f s; classifier fit: %.2f s (CPU %.1f s)%n",
                    t.featureSeconds(), t.fitSeconds(), t.fitCpuSeconds());
            out.printf(Locale.ROOT, "  training total (reading included): %.2f s = %.1f MB/s (CPU %.1f s)%n", total, mb / total, cpu);
            out.printf(Locale.ROOT, "  peak heap: %.0f MB (max heap %.0f MB)%n", heap.peak() / 1e6, BenchCommand.HeapSampler.maxHeap() / 1e6);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf(Locale.ROOT, "  system load (1 min average) at the end: %.2f on %d cores (other processes slow the numbers above)%n",
                    load, Runtime.getRuntime().availableProcessors());
        }
        return ExitCodes.OK;
    }
}
