package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every article of a corpus analysed once and kept as counts: the values of the framing families
 * and the n-gram counts (keys of corpus word ids, {@link NgramCounter#key}), per boilerplate mask
 * the article was seen under. Cross-validation folds, the ablation, a paired comparison and the final
 * model then fit from these counts ({@link #fit}) instead of reading the texts again: only what
 * learns from data (the boilerplate mask, the vocabulary and its IDF) is fitted per fold, from the
 * training rows only, and the vectors are the same as {@code spec.fit(training).transform(article)}.
 *
 * <p>An n-gram fit blanks the outlet boilerplate learned from its training articles (repeated lines,
 * outlet names: {@link BoilerplateMask}) before every family reads the text, so an article's counts
 * depend on the mask of the fold. Each article keeps one entry per distinct set of blanked ranges it
 * has met: most articles have two (blanked as a training article, and as a test article of a fold
 * whose training part lacks its outlet), and the framing-only configurations use the unmasked text.
 *
 * <p>Thread-safe for concurrent {@link #fit} calls only through {@link #ensure}, which is
 * synchronized; the counts of an entry are immutable once added. Uni- and bigrams only (trigram
 * settings fit from the texts, {@link #supports}).
 */
public final class CorpusAnalysis {
    private static final int[] NO_RANGES = new int[0];

    private final List<Article> articles;
    /** The framing families of the widest spec (no n-grams): their values are cached. */
    private final FramingFeatures framing;
    /** The n-gram options of the widest spec, or null when it has no n-grams. */
    private final NgramOptions ngrams;
    private final String description;
    private final NgramCounter counter;
    /** Corpus word ids (0 = none). Appended only under the lock of {@link #ensure}. */
    private final WordTable wordTable = new WordTable();
    /** Per article, the entries computed so far (one per distinct mask). */
    private final Entry[][] entries;
    private long analyses;

    /**
     * One article under one mask: the blanked ranges, the framing values (columns of {@link #framing}),
     * the distinct n-gram keys in ascending order with counts (null when not asked for) and the article's
     * terms-table counts (attribution verbs, scare-quoted terms, actor verbs, sources; null when not
     * asked for).
     */
    public record Entry(int[] ranges, SparseVector framing, PackedCounts ngrams, TermCount[] terms) {
        /** Whether this entry has everything asked for. */
        boolean has(boolean ngrams, boolean withTerms) {
            return (!ngrams || this.ngrams != null) && (!withTerms || terms != null);
        }
    }

    /** What an analysis computes for each article besides the framing values. */
    record Wanted(boolean ngrams, boolean terms) {}

    /** Document frequencies of the last fold, which the next fold's are counted from. */
    final FoldDf foldDf = new FoldDf();
    /** The articles' lines and their hashes, for every fold's boilerplate mask. */
    private final LineHashes lines;

    private CorpusAnalysis(List<Article> articles, FramingSpec widest) {
        this.articles = List.copyOf(articles);
        List<FeatureFamily> dense = new ArrayList<>();
        NgramOptions ng = null;
        for (FeatureFamily f : widest.families()) {
            if (f instanceof NgramFamily n) ng = n.options();
            else dense.add(f);
        }
        this.description = widest.describe();
        this.framing = new FramingFeatures(dense, description);
        this.ngrams = ng;
        this.counter = ng == null ? null : new NgramCounter(ng);
        this.entries = new Entry[articles.size()][];
        this.lines = new LineHashes(this.articles);
    }

    /**
     * An analysis of {@code articles} for {@code widest} and every spec whose families are among its
     * own ({@link #covers}); nothing is analysed until a fit asks for it.
     */
    public static CorpusAnalysis of(List<Article> articles, FeatureSpec widest) {
        if (!supports(widest)) throw new IllegalArgumentException("spec not supported by the counts cache: " + widest.describe());
        return new CorpusAnalysis(articles, (FramingSpec) widest);
    }

    /**
     * True when the spec can be fitted from cached counts: FrameLab's own families, at most one
     * n-gram family (uni/bigrams, last) and no other family that learns from data.
     */
    public static boolean supports(FeatureSpec spec) {
        if (!(spec instanceof FramingSpec fs)) return false;
        List<FeatureFamily> fams = fs.families();
        for (int i = 0; i < fams.size(); i++) {
            FeatureFamily f = fams.get(i);
            if (f instanceof NgramFamily n) {
                if (i != fams.size() - 1 || !n.needsFit() || n.options().maxN() > 2) return false;
            } else if (f.needsFit()) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code spec} is supported and its families (with the same settings) are among this analysis's. */
    public boolean covers(FeatureSpec spec) {
        if (!supports(spec)) return false;
        for (FeatureFamily f : ((FramingSpec) spec).families()) {
            if (f instanceof NgramFamily n) {
                if (!n.options().equals(ngrams)) return false;
            } else if (familyOffset(f) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this is an analysis of exactly {@code articles} (the same objects, in the same order) with
     * the settings an analysis for {@code widest} would have.
     */
    public boolean isOf(List<Article> articles, FeatureSpec widest) {
        if (articles.size() != this.articles.size() || !supports(widest)) return false;
        if (!new CorpusAnalysis(List.of(), (FramingSpec) widest).settings().equals(settings())) return false;
        for (int i = 0; i < articles.size(); i++) if (articles.get(i) != this.articles.get(i)) return false;
        return true;
    }

    public List<Article> articles() {
        return articles;
    }

    public int size() {
        return articles.size();
    }

    /** How many article analyses (texts read) were computed so far. */
    public synchronized long analyses() {
        return analyses;
    }

    /** The column of {@link #framing} where family {@code f}'s columns start, or -1 when it is not cached (or differs). */
    private int familyOffset(FeatureFamily f) {
        int col = 2;
        for (FeatureFamily mine : framing.families()) {
            if (mine.name().equals(f.name())) return mine.columns().equals(f.columns()) ? col : -1;
            col += mine.columns().size();
        }
        return -1;
    }

    /**
     * Fits {@code spec} on the {@code train} rows from the cached counts and makes the vectors of the
     * {@code train} and {@code test} rows available ({@link CountedFeatures#vector}).
     */
    public CountedFeatures fit(FeatureSpec spec, int[] train, int[] test, Progress progress) {
        return fit(spec, train, test, false, progress);
    }

    /** {@link #fit}, with the terms-table counts of every row too ({@link CountedFeatures#terms}) when {@code withTerms}. */
    public CountedFeatures fit(FeatureSpec spec, int[] train, int[] test, boolean withTerms, Progress progress) {
        if (!covers(spec)) throw new IllegalArgumentException("spec not covered by this analysis: " + spec.describe());
        return new CountedFit(this, (FramingSpec) spec, train, test, withTerms, progress).fit();
    }

    /** The n-gram fits of the last training/test rows asked for (an ablation asks for the same folds again). */
    private final java.util.ArrayDeque<FoldNgrams> folds = new java.util.ArrayDeque<>();
    private static final int FOLDS_KEPT = 8;

    /** The n-gram mask, vocabulary and entries for these rows: computed once, then shared by every feature set. */
    FoldNgrams foldNgrams(int[] train, int[] test, boolean withTerms, Progress progress) {
        synchronized (folds) {
            for (FoldNgrams f : folds) if (f.isFor(train, test, withTerms)) return f;
        }
        FoldNgrams f = FoldNgrams.fit(this, train, test, withTerms, progress);
        synchronized (folds) {
            folds.addFirst(f);
            while (folds.size() > FOLDS_KEPT) folds.removeLast();
        }
        return f;
    }

    /** The mask an n-gram fit learns from the {@code train} rows (repeated lines and outlet names). */
    BoilerplateMask learnMask(int[] train) {
        return BoilerplateMask.learn(ngrams, pick(train), lines.repeated(train, ngrams.repeatedLines()));
    }

    List<Article> pick(int[] rows) {
        List<Article> out = new ArrayList<>(rows.length);
        for (int r : rows) out.add(articles.get(r));
        return out;
    }

    /** The ranges {@code mask} blanks in each of {@code rows} (no mask: none). */
    int[][] rangesOf(BoilerplateMask mask, int[] rows) {
        int[][] out = new int[rows.length][];
        IntStream.range(0, rows.length).parallel().forEach(i -> out[i] = mask == null ? NO_RANGES
                : mask.ranges(articles.get(rows[i]).text(), lines.mask(rows[i], mask.repeatedHashes())));
        return out;
    }

    /**
     * The entries of {@code rows} under the given ranges (one per row), analysing the articles not seen
     * under their ranges yet on all cores; with {@code withNgrams}, entries without n-gram counts are
     * analysed again.
     */
    synchronized Entry[] ensure(int[] rows, int[][] ranges, Wanted wanted, Progress progress) {
        Entry[] out = new Entry[rows.length];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            out[i] = find(rows[i], ranges[i], wanted);
            if (out[i] == null) missing.add(i);
        }
        if (missing.isEmpty()) return out;
        int blocks = FitBlocks.count(missing.size());
        progress.start("analysing " + missing.size() + " articles (once per mask)", missing.size());
        try {
            List<Block> done = IntStream.range(0, blocks).parallel()
                    .mapToObj(b -> analyse(FitBlocks.block(missing, b), rows, ranges, wanted, progress)).toList();
            // corpus word ids in block order (so they never depend on the cores), then each article's
            // keys in those ids, in parallel, then the entries stored in order
            int[][] remaps = new int[done.size()][];
            for (int b = 0; b < remaps.length; b++) remaps[b] = remap(done.get(b));
            IntStream.range(0, done.size()).parallel().forEach(b -> remapKeys(done.get(b), remaps[b]));
            for (Block b : done) store(b, rows, out);
        } finally {
            progress.done();
        }
        analyses += missing.size();
        return out;
    }

    private Entry find(int row, int[] ranges, Wanted wanted) {
        Entry[] es = entries[row];
        if (es == null) return null;
        for (Entry e : es) {
            if (Arrays.equals(e.ranges(), ranges) && e.has(wanted.ngrams(), wanted.terms())) return e;
        }
        return null;
    }

    /** One block of analyses: positions into the ensure call's rows, entries with block-local word ids, the block's words. */
    private record Block(List<Integer> positions, Entry[] entries, long[][] keys, int[][] counts, List<String> words) {}

    private Block analyse(List<Integer> positions, int[] rows, int[][] ranges, Wanted wanted, Progress progress) {
        BlockAnalyser ba = new BlockAnalyser(framing, counter);
        Entry[] out = new Entry[positions.size()];
        long[][] keys = new long[out.length][];
        int[][] counts = new int[out.length][];
        for (int k = 0; k < out.length; k++) {
            progress.checkCancelled();
            int p = positions.get(k);
            BlockAnalyser.Analysed x = ba.analyse(articles.get(rows[p]), ranges[p], wanted);
            out[k] = x.entry();
            keys[k] = x.keys();
            counts[k] = x.counts();
            if ((k & 63) == 63) progress.step(64);
        }
        progress.step(out.length & 63);
        return new Block(positions, out, keys, counts, ba.words);
    }

    /** The corpus word id of each of a block's word ids (assigning new ids, in the block's word order). */
    private int[] remap(Block b) {
        int[] remap = new int[b.words().size()];
        for (int i = 1; i < remap.length; i++) remap[i] = wordId(b.words().get(i));
        return remap;
    }

    /** Replaces each of a block's entries with one whose n-gram keys are in corpus word ids. */
    private static void remapKeys(Block b, int[] remap) {
        for (int k = 0; k < b.entries().length; k++) {
            Entry e = b.entries()[k];
            if (b.keys()[k] != null) b.entries()[k] = new Entry(e.ranges(), e.framing(), KeyPairs.remapped(b.keys()[k], b.counts()[k], remap), e.terms());
        }
    }

    /** Stores a block's entries (after {@link #remapKeys}). */
    private void store(Block b, int[] rows, Entry[] out) {
        for (int k = 0; k < b.entries().length; k++) {
            Entry e = b.entries()[k];
            int p = b.positions().get(k);
            int row = rows[p];
            Entry[] es = entries[row];
            entries[row] = es == null ? new Entry[]{e} : appendReplacing(es, e);
            out[p] = e;
        }
    }

    /** {@code es} plus {@code e}, dropping entries of the same ranges that have no more than {@code e} has. */
    private static Entry[] appendReplacing(Entry[] es, Entry e) {
        List<Entry> l = new ArrayList<>(es.length + 1);
        for (Entry x : es) if (!(Arrays.equals(x.ranges(), e.ranges()) && e.has(x.ngrams() != null, x.terms() != null))) l.add(x);
        l.add(e);
        return l.toArray(new Entry[0]);
    }

    private int wordId(String w) {
        return wordTable.id(w);
    }

    /** The corpus words by id (index = id, null at 0), a copy taken under the lock. */
    synchronized List<String> words() {
        return new ArrayList<>(wordTable.words);
    }

    /** The corpus id of a word, or 0. */
    synchronized int idOf(String w) {
        return wordTable.find(w);
    }

    synchronized String word(int id) {
        return wordTable.words.get(id);
    }

    synchronized int wordCount() {
        return wordTable.size();
    }

    FramingFeatures framing() {
        return framing;
    }

    NgramOptions ngrams() {
        return ngrams;
    }

    /**
     * Everything analysed so far, for an on-disk store: the corpus words by id (null at 0) and per
     * article its entries (null when none). The arrays are shared, not copied: do not modify them.
     */
    public record Snapshot(String settings, List<String> words, Entry[][] entries) {}

    /** A description of every setting the counts depend on (families, their columns, n-gram options): part of a store's key. */
    public String settings() {
        StringBuilder b = new StringBuilder("framing=").append(framing.columns().size()).append(';');
        for (FeatureFamily f : framing.families()) b.append(f.name()).append(':').append(f.columns().hashCode()).append(';');
        b.append("ngrams=").append(ngrams);
        return b.toString();
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(settings(), new ArrayList<>(wordTable.words), entries.clone());
    }

    /**
     * Adds the entries of a snapshot of the same articles and settings (word ids remapped to this
     * analysis's); entries of ranges already present are kept as they are.
     */
    public synchronized void restore(Snapshot s) {
        if (s.entries().length != entries.length) throw new IllegalArgumentException("snapshot of " + s.entries().length + " articles, not " + entries.length);
        int[] same = new int[entries.length];
        for (int r = 0; r < same.length; r++) same[r] = r;
        restore(s, same);
    }

    /**
     * Takes the entries of the articles {@code source} has analysed already (same settings; an article is
     * the same when its text and outlet are): a classifier run on the labelled articles of a corpus reuses
     * the analyses of the feature step on the whole corpus. Returns how many articles were matched.
     */
    public int borrow(CorpusAnalysis source) {
        if (source == this || !source.settings().equals(settings())) return 0;
        Snapshot s = source.snapshot();
        HashMap<String, List<Integer>> byText = new HashMap<>();
        for (int r = 0; r < source.articles.size(); r++) {
            if (s.entries()[r] != null) byText.computeIfAbsent(source.articles.get(r).text(), k -> new ArrayList<>(1)).add(r);
        }
        int[] from = new int[entries.length];
        int matched = 0;
        for (int r = 0; r < from.length; r++) {
            from[r] = -1;
            Article a = articles.get(r);
            for (int c : byText.getOrDefault(a.text(), List.of())) {
                if (source.articles.get(c).outlet().equals(a.outlet())) {
                    from[r] = c;
                    matched++;
                    break;
                }
            }
        }
        synchronized (this) {
            restore(s, from);
        }
        return matched;
    }

    /** Adds the entries of snapshot row {@code from[r]} to row r (-1 = none), word ids remapped. */
    private void restore(Snapshot s, int[] from) {
        if (!s.settings().equals(settings())) throw new IllegalArgumentException("snapshot of other settings: " + s.settings());
        int[] remap = new int[s.words().size()];
        for (int i = 1; i < remap.length; i++) remap[i] = wordId(s.words().get(i));
        for (int r = 0; r < entries.length; r++) {
            if (from[r] < 0 || s.entries()[from[r]] == null) continue;
            for (Entry e : s.entries()[from[r]]) {
                if (find(r, e.ranges(), new Wanted(e.ngrams() != null, e.terms() != null)) != null) continue;
                Entry mine = e.ngrams() == null ? e
                        : new Entry(e.ranges(), e.framing(), KeyPairs.remapped(e.ngrams().keys(), e.ngrams().counts(), remap), e.terms());
                entries[r] = entries[r] == null ? new Entry[]{mine} : appendReplacing(entries[r], mine);
            }
        }
    }

    /** Bytes held by the cached counts (estimate: arrays only), for the benchmark. */
    public synchronized long bytes() {
        long b = 0;
        for (Entry[] es : entries) {
            if (es == null) continue;
            for (Entry e : es) {
                b += 64 + 4L * e.ranges().length + 12L * e.framing().size();
                if (e.ngrams() != null) b += 16 + e.ngrams().byteSize();
            }
        }
        return b;
    }

    /** Summary for logs: articles, analyses, entries. */
    @Override
    public synchronized String toString() {
        long n = 0;
        for (Entry[] es : entries) if (es != null) n += es.length;
        return String.format(java.util.Locale.ROOT, "%d articles, %d analyses, %d entries, %d words, %.0f MB", articles.size(), analyses, n,
                wordTable.size() - 1, bytes() / 1e6);
    }
}
