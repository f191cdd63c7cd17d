package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.model.ClassifierSpec;
import org.framelab.model.SplitFile;
import org.framelab.app.Classify;
import org.framelab.model.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    FeatureCliOptions features;

    @Mixin
    ModelCli.TrainArgs trainArgs;

    @Option(names = "--features", paramLabel = "SPEC", description = "Alias of --families (default here: framing+ngrams).")
    String featuresAlias;

    @Option(names = "--classifier", paramLabel = "NAME", defaultValue = "linear", description = "Classifier alias or Weka class (default: ${DEFAULT-VALUE}).")
    String classifier;

    @Option(names = "--classifier-options", paramLabel = "OPTS", defaultValue = "", description = "Weka options.")
    String classifierOptions;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1")
    long seed;

    @Mixin
    CacheOptions cache;

    @Mixin
    CorpusInput input;

    @Override
    public Integer call() throws Exception {
        if (featuresAlias != null) features.families = featuresAlias;
        PrintWriter out = input.out();
        ConsoleProgress progress = input.progress();
        try (BenchCommand.HeapSampler heap = new BenchCommand.HeapSampler()) {
            long t0 = System.nanoTime();
            Corpus c = ModelCli.read(path, input, progress);
            double readSeconds = (System.nanoTime() - t0) / 1e9;
            List<Article> training = c.articles();
            if (splitFile != null) {
                Map<String, String> split = SplitFile.read(splitFile);
                Set<String> wanted = Set.copyOf(parts);
                List<Article> chosen = new ArrayList<>();
                for (Article a : training) {
                    String part = split.get(a.id());
                    if (part != null && wanted.contains(part)) chosen.add(a);
                }
                training = chosen;
            }
            long bytes = 0;
            for (Article a : training) bytes += a.text().getBytes(StandardCharsets.UTF_8).length + a.title().getBytes(StandardCharsets.UTF_8).length;
            double mb = bytes / 1e6;
            Classify.Request req = new Classify.Request(label, features.toFeatureOptions(Classify.DEFAULT_FEATURES),
                    new ClassifierSpec(classifier, classifierOptions), null, seed, 0, trainArgs.denseWeight, trainArgs.minOutlets, 0, false,
                    false, null, List.of());
            long heapBefore = heap.peak();
            org.framelab.features.AnalysisFiles store = cache.store(org.framelab.app.AnalysisCache.OFF, input.err());
            Trainer.Trained t = store == null ? Classify.train(req, training, progress) : Classify.train(req, training, store, progress);
            double total = t.featureSeconds() + t.fitSeconds();
            out.printf(Locale.ROOT, "bench train: %s, %d training articles, %.1f MB of text (read in %.1f s, not counted below)%n",
                    path.getFileName(), training.size(), mb, readSeconds);
            out.printf(Locale.ROOT, "  features %s: %d columns, %d non-zeros%n", req.featureSet(), t.numColumns(), t.nonZeros());
            out.printf(Locale.ROOT, "  classifier %s%n", t.model().info().classifier());
            out.printf(Locale.ROOT, "  features (fit + transform, %d threads): %.2f s = %.1f MB/s (%s; CPU %.1f s)%n",
                    Runtime.getRuntime().availableProcessors(), t.featureSeconds(), mb / t.featureSeconds(),
                    t.featureFitSeconds() > 0 ? String.format(Locale.ROOT, "of which fitting the vocabulary %.2f s", t.featureFitSeconds())
                            : "one pass: each article analysed once", t.featureCpuSeconds());
            out.printf(Locale.ROOT, "  classifier fit: %.2f s (CPU %.1f s)%n", t.fitSeconds(), t.fitCpuSeconds());
            if (store != null && store.lastUse() != null) {
                var u = store.lastUse();
                out.printf(Locale.ROOT, "  analysis cache %s: %s%s (file %.1f MB; %s)%n", u.hit() ? "hit" : "miss",
                        u.hit() ? String.format(Locale.ROOT, "loaded in %.2f s (CPU %.2f s, hashing the texts included)", u.loadSeconds(),
                                u.loadCpuSeconds()) : String.format(Locale.ROOT, "looked up in %.2f s (CPU %.2f s), analysed", u.loadSeconds(),
                                u.loadCpuSeconds()),
                        u.saved() ? String.format(Locale.ROOT, ", saved in %.2f s (CPU %.2f s)", u.saveSeconds(), u.saveCpuSeconds())
                                : ", nothing to save",
                        u.bytes() / 1e6, u.file());
            }
            out.printf(Locale.ROOT, "  training total (features + fit): %.2f s = %.1f MB/s%n", total, mb / total);
            out.printf(Locale.ROOT, "  peak heap: %.0f MB (after reading: %.0f MB; max heap %.0f MB)%n", heap.peak() / 1e6, heapBefore / 1e6,
                    BenchCommand.HeapSampler.maxHeap() / 1e6);
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf(Locale.ROOT, "  system load (1 min average) at the end: %.2f on %d cores (other processes slow the numbers above)%n",
                    load, Runtime.getRuntime().availableProcessors());
        }
        return ExitCodes.OK;
    }
}
