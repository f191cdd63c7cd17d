package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Futures;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.stream.IntStream;

/**
 * A spec fitted on training articles read as a stream, so that no article and no copy of the
 * corpus is held: a first pass learns the boilerplate mask (repeated lines, outlet names); a
 * second pass analyses each article once ({@link BlockAnalyser}, as {@link CorpusAnalysis} does),
 * counts the document frequencies and spills the article's counts to a temporary file; the
 * vocabulary is then chosen and {@link #vectors} reads the counts back as the vectors
 * {@code fitted().transform(article)} gives. The same fit as {@link FramingSpec#fit} on the list of
 * the same articles (a test checks it).
 */
public final class StreamedFit implements AutoCloseable {
    /** The training articles, read anew for each pass: the same articles in the same order. */
    public interface Pass {
        void forEach(Consumer<Article> each) throws IOException, InputException;
    }

    private static final int BATCH = 4 * FitBlocks.SIZE;

    private final FramingSpec spec;
    private final FramingFeatures framing;
    /**
     * The training articles' word tokens as pass 2 counts them (the {@code text.tokens} column, column 0 of the framing
     * values, on the text with the learned boilerplate lines blanked, as {@code predict} counts the texts it is given):
     * length to number of articles. Filled one batch at a time, in order.
     */
    private final java.util.TreeMap<Integer, Long> tokenCounts = new java.util.TreeMap<>();
    private final NgramFamily unfitted;
    private final Path spill;
    private int n;
    private FramingFeatures fitted;
    private NgramFamily ngrams;
    private NgramVocabulary.IdLookup lookup;
    // merged in block order: corpus words, document frequencies, boilerplate line texts
    private final WordTable words = new WordTable();
    /** Document frequencies, each part holding the keys of its {@link FoldNgrams#part}. */
    private final DfCounts[] df = newParts();
    private final Map<Long, String> lineTexts = new LinkedHashMap<>();
    /** Each block's n-gram keys by the part that counts them, reused from batch to batch. */
    private KeyParts[] blockKeys = new KeyParts[0];

    private static DfCounts[] newParts() {
        int parts = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        DfCounts[] out = new DfCounts[parts];
        for (int p = 0; p < parts; p++) out[p] = new DfCounts((1 << 20) / parts);
        return out;
    }

    private StreamedFit(FramingSpec spec) throws IOException {
        this.spec = spec;
        List<FeatureFamily> dense = new ArrayList<>();
        NgramFamily ng = null;
        for (FeatureFamily f : spec.families()) {
            if (f instanceof NgramFamily x) ng = x;
            else dense.add(f);
        }
        this.framing = new FramingFeatures(dense, spec.describe());
        if (!framing.columns().get(0).name().equals(FramingFeatures.TOKENS)) throw new IllegalStateException("text.tokens is not column 0");
        this.unfitted = ng;
        this.spill = Files.createTempFile("framelab-counts-", ".bin");
    }

    /** Whether a spec can be fitted from a stream (the specs {@link CorpusAnalysis} supports). */
    public static boolean supports(FeatureSpec spec) {
        return CorpusAnalysis.supports(spec);
    }

    /**
     * Fits {@code spec} on the articles of {@code articles}, read twice; {@code firstPass} sees every
     * article of the first pass (e.g. to keep its label and outlet).
     */
    public static StreamedFit fit(FeatureSpec spec, Pass articles, Consumer<Article> firstPass, Progress progress)
            throws IOException, InputException {
        if (!supports(spec)) throw new IllegalArgumentException("spec cannot be fitted from a stream: " + spec.describe());
        StreamedFit f = new StreamedFit((FramingSpec) spec);
        try {
            BoilerplateMask mask = f.learnMask(articles, firstPass, progress);
            f.analyse(articles, mask, progress);
            f.choose(mask);
            return f;
        } catch (IOException | InputException | RuntimeException | Error e) {
            f.close();
            throw e;
        }
    }

    private BoilerplateMask learnMask(Pass articles, Consumer<Article> firstPass, Progress progress) throws IOException, InputException {
        BoilerplateMask.Learner learner = unfitted == null ? null : new BoilerplateMask.Learner(unfitted.options());
        progress.start("reading the training articles (pass 1 of 2: boilerplate, outlets)", -1);
        try {
            articles.forEach(a -> {
                progress.checkCancelled();
                n++;
                if (learner != null) learner.add(a);
                firstPass.accept(a);
            });
        } finally {
            progress.done();
        }
        return learner == null ? null : learner.mask();
    }

    /**
     * Pass 2: analyses the articles in batches on all cores and spills their counts in order. A batch
     * is analysed and merged on a driver thread while the main thread reads the next one; the merges
     * run one at a time, in batch order.
     */
    private void analyse(Pass articles, BoilerplateMask mask, Progress progress) throws IOException, InputException {
        progress.start("analysing the training articles (pass 2 of 2)", n);
        ExecutorService driver = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "framelab-fit");
            t.setDaemon(true);
            return t;
        });
        Future<?>[] pending = {null};
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16))) {
            List<Article> batch = new ArrayList<>(BATCH);
            try {
                articles.forEach(a -> {
                    batch.add(a);
                    if (batch.size() == BATCH) {
                        List<Article> mine = List.copyOf(batch);
                        batch.clear();
                        await(pending[0]);
                        pending[0] = driver.submit(() -> flush(mine, mask, out, progress));
                    }
                });
                await(pending[0]);
                pending[0] = null;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                // on a failure, the batch in flight stops writing before the file is closed
                if (pending[0] != null) awaitQuietly(pending[0]);
            }
            flush(batch, mask, out, progress);
        } finally {
            driver.shutdownNow();
            progress.done();
        }
    }

    /** Waits for a batch's work, rethrowing what it threw (an I/O error unchecked). */
    private static void await(Future<?> f) {
        if (f == null) return;
        try {
            take(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitQuietly(Future<?> f) {
        try {
            f.get();
        } catch (ExecutionException ignored) {
            // the first failure is the one reported
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Done(List<BlockAnalyser.Analysed> analysed, List<String> words) {}

    private void flush(List<Article> batch, BoilerplateMask mask, DataOutputStream out, Progress progress) {
        if (batch.isEmpty()) return;
        progress.checkCancelled();
        boolean withNgrams = unfitted != null;
        List<Done> done = IntStream.range(0, FitBlocks.count(batch.size())).parallel().mapToObj(b -> {
            BlockAnalyser ba = new BlockAnalyser(framing, withNgrams ? new NgramCounter(unfitted.options()) : null);
            List<BlockAnalyser.Analysed> list = new ArrayList<>();
            for (Article a : FitBlocks.block(batch, b)) {
                int[] ranges = mask == null ? new int[0] : mask.ranges(a.text());
                list.add(ba.analyse(a, ranges, new CorpusAnalysis.Wanted(withNgrams, false)));
            }
            return new Done(list, ba.words);
        }).toList();
        PackedCounts[] counts = new PackedCounts[batch.size()];
        if (withNgrams) {
            // corpus word ids in block order (never dependent on the cores), then each article's keys
            // in those ids on all cores, then the document frequencies, each core counting its part of the keys
            int[][] remaps = new int[done.size()][];
            int[] first = new int[done.size()];
            for (int b = 0, i = 0; b < done.size(); i += done.get(b).analysed().size(), b++) {
                List<String> w = done.get(b).words();
                int[] remap = new int[w.size()];
                for (int k = 1; k < remap.length; k++) remap[k] = words.id(w.get(k));
                remaps[b] = remap;
                first[b] = i;
            }
            KeyParts[] byPart = blockKeys(done.size());
            IntStream.range(0, done.size()).parallel().forEach(b -> {
                List<BlockAnalyser.Analysed> list = done.get(b).analysed();
                long keys = 0;
                for (BlockAnalyser.Analysed x : list) keys += x.keys().length;
                KeyParts kp = byPart[b];
                kp.reset(keys);
                for (int k = 0; k < list.size(); k++) {
                    BlockAnalyser.Analysed x = list.get(k);
                    counts[first[b] + k] = KeyPairs.remapped(x.keys(), x.counts(), remaps[b]);
                    kp.addAll(x.keys(), x.keys().length);
                }
            });
            IntStream.range(0, df.length).parallel().forEach(p -> {
                for (KeyParts kp : byPart) kp.countInto(p, df[p]);
            });
        }
        int i = 0;
        try {
            for (Done d : done) {
                for (BlockAnalyser.Analysed x : d.analysed()) {
                    Article a = batch.get(i);
                    if (withNgrams && x.entry().ranges().length > 0) mask.collectLines(a.text(), lineTexts);
                    write(out, x.entry().framing(), counts[i]);
                    tokenCounts.merge((int) x.entry().framing().get(0), 1L, Long::sum);
                    i++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.step(batch.size());
    }

    /** The first {@code blocks} of the key buffers kept for the batches (one batch is merged at a time). */
    private KeyParts[] blockKeys(int blocks) {
        if (blockKeys.length < blocks) {
            KeyParts[] more = java.util.Arrays.copyOf(blockKeys, blocks);
            for (int b = blockKeys.length; b < blocks; b++) more[b] = new KeyParts(df.length);
            blockKeys = more;
        }
        return java.util.Arrays.copyOf(blockKeys, blocks);
    }

    private static void write(DataOutputStream out, SparseVector v, PackedCounts pc) throws IOException {
        out.writeInt(v.size());
        for (int k = 0; k < v.size(); k++) {
            out.writeInt(v.indices()[k]);
            out.writeDouble(v.values()[k]);
        }
        if (pc == null) {
            out.writeInt(-1);
        } else {
            byte[] b = pc.bytes();
            out.writeInt(pc.size());
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /** Chooses the vocabulary from the document frequencies, as {@link NgramCounting} does from the list. */
    private void choose(BoilerplateMask mask) {
        for (DfCounts d : df) d.dropScratch();
        blockKeys = new KeyParts[0];
        List<FeatureFamily> families = new ArrayList<>(framing.families());
        if (unfitted != null) {
            NgramVocabulary v = new VocabularySelection(unfitted.options(), n, lineTexts.values().toArray(new String[0]), mask.names())
                    .fromKeys(df, words.words);
            ngrams = new NgramFamily(unfitted.options(), v);
            lookup = FoldNgrams.lookup(words::find, words.size(), v);
            families.add(ngrams);
        }
        fitted = new FramingFeatures(families, spec.describe());
    }

    /** The fitted pipeline. */
    public FittedFeatures fitted() {
        return fitted;
    }

    /**
     * The training articles' lengths in word tokens, as a histogram (length to number of articles; every training
     * article once): what {@code text.tokens} gives for the text with the learned boilerplate lines blanked.
     */
    public java.util.SortedMap<Integer, Long> tokenCounts() {
        return java.util.Collections.unmodifiableSortedMap(tokenCounts);
    }

    /** Number of training articles. */
    public int size() {
        return n;
    }

    /**
     * Calls {@code each} with the vector of every training article, in order (with its index); the
     * counts are read back from the spill file and turned into vectors on all cores, a batch at a time.
     * The next batch is read and computed on a thread of its own while {@code each} takes the current
     * one (the caller's scaling and matrix building would otherwise leave the other core idle); the
     * vectors and their order are the same.
     */
    public void vectors(ObjIntConsumer<SparseVector> each) throws IOException {
        ExecutorService ahead = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "framelab-vectors");
            t.setDaemon(true);
            return t;
        });
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16))) {
            Future<SparseVector[]> next = ahead.submit(() -> vectorBatch(in, 0));
            for (int from = 0; from < n; from += BATCH) {
                SparseVector[] out = take(next);
                next = from + BATCH < n ? ahead.submit(readNext(in, from + BATCH)) : null;
                for (int k = 0; k < out.length; k++) {
                    each.accept(out[k], from + k);
                    out[k] = null;
                }
            }
        } finally {
            ahead.shutdownNow();
        }
    }

    private java.util.concurrent.Callable<SparseVector[]> readNext(DataInputStream in, int from) {
        return () -> vectorBatch(in, from);
    }

    /** The vectors of the {@code BATCH} (or fewer) articles from {@code from}, read from {@code in} in order and computed on all cores. */
    private SparseVector[] vectorBatch(DataInputStream in, int from) throws IOException {
        int base = fitted.columns().size() - (ngrams == null ? 0 : ngrams.columns().size());
        int m = Math.min(BATCH, n - from);
        SparseVector[] dense = new SparseVector[m];
        PackedCounts[] counts = new PackedCounts[m];
        SparseVector[] out = new SparseVector[m];
        for (int k = 0; k < m; k++) {
            dense[k] = readVector(in);
            counts[k] = readCounts(in);
        }
        IntStream.range(0, m).parallel().forEach(k -> {
            if (counts[k] == null) {
                out[k] = dense[k];
                return;
            }
            long[] keys = new long[counts[k].size()];
            int[] cs = new int[keys.length];
            counts[k].unpack(keys, cs);
            out[k] = NgramFamily.combine(dense[k], ngrams.values(keys, cs, lookup), base);
        });
        return out;
    }

    /** What a future computed, rethrowing what it threw (an I/O error as itself). */
    private static <T> T take(Future<T> f) throws IOException {
        try {
            return Futures.getOrCancel(f);
        } catch (ExecutionException e) {
            throw new IllegalStateException(Futures.throwIfIoOrUnchecked(e.getCause()));
        }
    }

    private static SparseVector readVector(DataInputStream in) throws IOException {
        int m = in.readInt();
        int[] idx = new int[m];
        double[] val = new double[m];
        for (int k = 0; k < m; k++) {
            idx[k] = in.readInt();
            val[k] = in.readDouble();
        }
        return new SparseVector(idx, val);
    }

    private static PackedCounts readCounts(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0) return null;
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return PackedCounts.ofBytes(b, size);
    }

    /** Bytes of the spill file. */
    public long spillBytes() {
        try {
            return Files.size(spill);
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(spill);
        } catch (IOException ignored) {
            // a temporary file left behind; nothing the user has to do
        }
    }
}
