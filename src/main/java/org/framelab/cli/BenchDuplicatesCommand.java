package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.text.DuplicateClusters;
import org.framelab.text.Fingerprint;
import org.framelab.text.NearDuplicates;
import org.framelab.util.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code framelab bench duplicates PATH}: how fast texts are fingerprinted for the train/test overlap
 * check (MB/s of title and text) and how long finding the duplicates within the corpus takes.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Time fingerprinting every article (exact hash and MinHash signatures of title and text) and finding the "
                + "exact and near duplicates within the corpus (what corpus info reports).",
                "Example: framelab bench duplicates ../shared/datasets/allsides/articles.jsonl.gz"})
public final class BenchDuplicatesCommand implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Mixin
    InputArgs input;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "3", description = "Times to fingerprint the corpus (default: ${DEFAULT-VALUE}); the first warms up.")
    int repeat;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1 || repeat > 100) throw new org.framelab.util.OptionException("repeat", repeat, "1..100");
        PrintWriter out = input.out();
        long r0 = System.nanoTime();
        Corpus c = Corpora.read(input.path, input.corpus.toReadOptions(), Progress.NONE);
        List<Article> articles = c.articles();
        long bytes = 0;
        for (Article a : articles) bytes += BenchCommand.Load.utf8Length(a.title()) + BenchCommand.Load.utf8Length(a.text());
        out.printf(Locale.ROOT, "articles:        %,d (%.1f MB of title and text, UTF-8; read in %.1f s, not counted)%n", articles.size(),
                bytes / 1e6, (System.nanoTime() - r0) / 1e9);
        Fingerprint[] fps = null;
        for (int i = 1; i <= repeat; i++) {
            long cpu0 = BenchCommand.Load.processCpuNanos(), t0 = System.nanoTime();
            fps = NearDuplicates.fingerprints(articles);
            double s = (System.nanoTime() - t0) / 1e9, cpu = (BenchCommand.Load.processCpuNanos() - cpu0) / 1e9;
            out.printf(Locale.ROOT, "fingerprints %d:  %.2f s wall, %.2f s CPU, %.1f MB/s on %d cores%n", i, s, cpu, bytes / 1e6 / s,
                    Runtime.getRuntime().availableProcessors());
            out.flush();
        }
        long t1 = System.nanoTime();
        NearDuplicates index = NearDuplicates.of(articles, fps);
        out.printf(Locale.ROOT, "index:           %.2f s (%,d texts)%n", (System.nanoTime() - t1) / 1e9, index.size());
        long t2 = System.nanoTime();
        DuplicateClusters d = DuplicateClusters.of(articles);
        out.printf(Locale.ROOT, "within corpus:   %.2f s (fingerprints, index, every article queried, clusters)%n", (System.nanoTime() - t2) / 1e9);
        out.print(d.toText());
        out.printf(Locale.ROOT, "cores:           %d available, system load %.1f%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        return ExitCodes.OK;
    }
}
