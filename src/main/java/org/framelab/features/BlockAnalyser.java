package org.framelab.features;

import org.framelab.corpus.Article;

import java.util.List;

/**
 * Analyses the articles of one block (on one thread): each text blanked by its ranges is analysed
 * once into framing values, n-gram keys of block-local word ids (merged into corpus ids later, in
 * block order, so ids never depend on the number of cores) and, when asked, terms-table counts.
 * The one per-article analysis of {@link CorpusAnalysis} and {@link StreamedFit}.
 */
final class BlockAnalyser {
    private final FramingFeatures framing;
    private final NgramCounter counter;   // null: no n-grams
    /** Block-local words. */
    private final WordTable table = new WordTable();
    /** Block-local words by id (null at 0). */
    final List<String> words = table.words;
    private final NgramCounter.Scratch scratch = new NgramCounter.Scratch();

    /** One article: its entry (n-grams not yet set) and its n-gram keys of block-local ids with counts (null without n-grams). */
    record Analysed(CorpusAnalysis.Entry entry, long[] keys, int[] counts) {}

    BlockAnalyser(FramingFeatures framing, NgramCounter counter) {
        this.framing = framing;
        this.counter = counter;
    }

    Analysed analyse(Article a, int[] ranges, CorpusAnalysis.Wanted wanted) {
        Article clean = ranges.length == 0 ? a : a.withText(RepeatedLines.blank(a.text(), ranges));
        TextAnalysis doc = TextAnalyzer.standard().analyze(clean);
        SparseVector values;
        TermCount[] terms = null;
        if (wanted.terms()) {
            ArticleFeatures af = framing.valuesAndTermHits(doc);
            values = af.values();
            terms = FeatureExtraction.termCounts(af.hits());
        } else {
            values = framing.values(doc);
        }
        long[] keys = null;
        int[] counts = null;
        if (wanted.ngrams()) {
            // in first-occurrence order: the keys are sorted once, in corpus ids (CorpusAnalysis.remapped)
            NgramCounter.Counts c = NgramCounter.counted(counter.keys(counter.idRun(doc.tokens(), table)), scratch);
            keys = c.keys();
            counts = c.counts();
        }
        return new Analysed(new CorpusAnalysis.Entry(ranges, values, null, terms), keys, counts);
    }
}
