package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.ReadOptions;
import org.framelab.lexicon.PpmiSvd;
import org.framelab.lexicon.WordVectors;
import org.framelab.text.Tokenizer;
import org.framelab.util.InputException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code lexicon vectors}: word vectors from the text of an unlabelled corpus (no field but the text is
 * read), PPMI + truncated SVD ({@link PpmiSvd}), written as a {@link WordVectors} file whose header
 * names the corpus file (no folder), its SHA-256, the settings and the FrameLab version, and no date:
 * the same corpus and settings give the same bytes.
 */
public final class LearnVectors {
    private LearnVectors() {}

    /**
     * @param corpus   the corpus (any format FrameLab reads)
     * @param read     how to read it
     * @param settings vocabulary, window, smoothing, dimensions, seed
     * @param output   the vectors file ({@code .gz}: compressed)
     */
    public record Request(Path corpus, ReadOptions read, PpmiSvd.Settings settings, Path output) {}

    /** What was done: texts and tokens read, distinct words, the vocabulary kept, non-zero PPMI cells, seconds. */
    public record Result(Path output, long texts, long tokens, int distinctWords, int words, int contexts, long nonZero, double seconds) {}

    public static Result run(Request r, Progress progress) throws InputException {
        long t0 = System.nanoTime();
        WordVectors.Stream stream = new WordVectors.Stream();
        progress.start("Reading and tokenising the corpus", -1);
        try (ArticleStream s = Corpora.open(r.corpus(), r.read())) {
            while (s.hasNext()) {
                progress.checkCancelled();
                Article a = s.nextArticle();
                if (a.text() != null && !a.text().isBlank()) stream.add(Tokenizer.DEFAULT.tokenize(a.text()));
            }
        }
        progress.done();
        PpmiSvd.Settings s = r.settings();
        long tokens = stream.tokens();
        int distinct = stream.distinctWords();
        if (distinct < s.dimensions() + s.oversample() + 1) {
            throw new CorpusException(r.corpus().toString(), -1, null, String.format(Locale.ROOT,
                    "too little text for word vectors: %,d distinct words in %,d texts; %d dimensions need more than %d",
                    distinct, stream.texts(), s.dimensions(), s.dimensions() + s.oversample()),
                    "give a larger corpus of unlabelled text (e.g. news articles) or fewer --dimensions");
        }
        List<String> vocab = stream.renumber(s.words());
        int words = vocab.size(), contexts = Math.min(s.contexts(), words);
        s = s.withSize(words, contexts, s.dimensions());
        progress.start("Counting co-occurrences, PPMI and SVD", -1);
        int[] counts = PpmiSvd.cooccurrence(stream.sequence(), stream.length(), s);
        PpmiSvd.Sparse ppmi = PpmiSvd.ppmi(counts, s);
        counts = null;
        double[] v = PpmiSvd.vectors(ppmi, s);
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) f[i] = (float) v[i];
        progress.done();
        List<String> header = new ArrayList<>();
        header.add("FrameLab word vectors (framelab lexicon vectors): PPMI + truncated SVD, Levy, Goldberg & Dagan 2015; see docs/lexicon-learning.md");
        header.add("source: " + r.corpus().getFileName());
        header.add("source sha256: " + LearnLexicon.sha256(r.corpus()));
        header.add(String.format(Locale.ROOT, "text: %d texts, %d word tokens, %d distinct lower-cased words", stream.texts(), tokens, distinct));
        header.add(String.format(Locale.ROOT, "settings: words %d, contexts %d, window %d, context smoothing %s, dimensions %d, eigenvalue power %s, "
                + "oversampling %d, power iterations %d, seed %d", words, contexts, s.window(), s.smoothing(), s.dimensions(), s.eigenPower(),
                s.oversample(), s.powerIterations(), s.seed()));
        header.add("non-zero PPMI cells: " + ppmi.value().length);
        header.add("framelab version: " + Runtime2.version());
        new WordVectors(vocab, f, s.dimensions()).write(r.output(), header);
        return new Result(r.output(), stream.texts(), tokens, distinct, words, contexts, ppmi.value().length, (System.nanoTime() - t0) / 1e9);
    }
}
