package org.framelab.lexicon;

import org.framelab.util.OptionException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a learned lexicon ({@link LexiconLearner.Learned}) as a FrameLab {@code term,category} CSV
 * that {@code --lexicon NAME=FILE} loads ({@link Lexicons}), with a provenance header of {@code #}
 * comment lines and, before the forms of each lemma, a comment with its counts and scores. Every
 * line is deterministic except the one {@code # date:} line.
 */
public final class LearnedLexiconFile {
    private LearnedLexiconFile() {}

    /**
     * Where the lexicon came from.
     *
     * @param sourceFile       the corpus file name (no folder)
     * @param sha256           the SHA-256 of the corpus file (hex), or a note when it has none (a folder)
     * @param spans            where the spans came from, e.g. "word lists in field 'biased_words'"
     * @param split            how the training part was chosen, e.g. "held-out outlets: Alternet, Fox News"
     * @param trainingOutlets  the outlets learned from, sorted
     * @param trainingArticles annotated articles learned from
     * @param version          the FrameLab version
     * @param date             the day it was written (the one non-deterministic line)
     */
    public record Provenance(String sourceFile, String sha256, String spans, String split, List<String> trainingOutlets,
                             long trainingArticles, String version, LocalDate date) {
        public Provenance {
            trainingOutlets = List.copyOf(trainingOutlets);
        }
    }

    /**
     * Refuses a file name that {@code --lexicon NAME=FILE} would not read back as this file's {@code term,category} rows
     * ({@link Lexicons#readsTermCategoryRows}: a .csv): a {@code learned.txt} was loaded as a plain word list whose terms
     * were the whole lines ({@code alien,loaded}) and never matched.
     */
    public static void checkOutput(Path output) {
        if (output == null || output.getFileName() == null || Lexicons.readsTermCategoryRows(output)) return;
        String name = output.getFileName().toString();
        throw new OptionException("output", name, "a learned lexicon is a file of term,category rows, which --lexicon NAME=FILE reads "
                + "from a .csv file only: write it to " + Lexicons.stem(output) + ".csv");
    }

    /** The file's text (lines end with \n). */
    public static String text(LexiconLearner.Learned l, Provenance p) {
        return text(l, p, null, List.of());
    }

    /**
     * The file's text with the words added by their vector neighbours ({@link VectorExpansion}) after the
     * learned terms, each preceded by a comment with its score and nearest neighbours.
     *
     * @param vectors how the expansion was made (a header line), null when no vectors were given
     */
    public static String text(LexiconLearner.Learned l, Provenance p, String vectors, List<VectorExpansion.Added> added) {
        return text(l, p, vectors, added, false);
    }

    /**
     * As {@link #text(LexiconLearner.Learned, Provenance, String, List)}; {@code regression}: the added words were
     * scored by the regression on their vectors ({@link VectorRegression}: predicted enrichment), not by their neighbours.
     */
    public static String text(LexiconLearner.Learned l, Provenance p, String vectors, List<VectorExpansion.Added> added, boolean regression) {
        LexiconLearner.Options o = l.options();
        StringBuilder sb = new StringBuilder();
        sb.append("# FrameLab learned lexicon: loaded words induced from annotated spans (framelab lexicon learn).\n");
        sb.append("# Load it with --lexicon NAME=FILE; see docs/lexicon-learning.md.\n");
        sb.append("# source: ").append(p.sourceFile()).append('\n');
        sb.append("# source sha256: ").append(p.sha256()).append('\n');
        sb.append("# spans: ").append(p.spans()).append('\n');
        sb.append("# split: ").append(p.split()).append('\n');
        sb.append("# training outlets: ").append(p.trainingOutlets().isEmpty() ? "(none named)" : String.join(", ", p.trainingOutlets())).append('\n');
        sb.append(String.format(Locale.ROOT, "# training: %d annotated articles; %d word tokens inside spans, %d outside%n",
                p.trainingArticles(), l.counts().annotatedTokens(), l.counts().unannotatedTokens()));
        sb.append(String.format(Locale.ROOT, "# method: log-odds ratio with informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), prior size %s; "
                + "inflections merged into lemmas%s; function words excluded%s%n", num(o.priorSize()),
                o.adverbs() ? " (-ly partners added)" : "", o.bigrams() ? "; two-word terms included" : ""));
        sb.append(String.format(Locale.ROOT, "# thresholds: annotated occurrences >= %d, log-odds >= %s%s%n", o.minAnnotated(),
                num(o.minLogOdds()), o.minZ() == Double.NEGATIVE_INFINITY ? "" : ", z >= " + num(o.minZ())));
        sb.append(String.format(Locale.ROOT, "# terms: %d lemmas, %d forms, category '%s'%n", l.terms().size(), l.forms().size(), o.category()));
        if (vectors != null) {
            sb.append(regression ? "# expansion by word vectors (Levy et al. 2015 PPMI+SVD; logistic regression on the vectors, predicted enrichment): "
                    : "# expansion by word vectors (Levy et al. 2015 PPMI+SVD; neighbours' mean log-odds): ").append(vectors).append('\n');
            sb.append(String.format(Locale.ROOT, "# expanded: %d words never or seldom seen in training, after the learned terms%n", added.size()));
        }
        sb.append("# framelab version: ").append(p.version()).append('\n');
        sb.append("# date: ").append(p.date()).append('\n');
        sb.append("term,category\n");
        Set<String> written = new HashSet<>();
        for (LexiconLearner.Term t : l.terms()) {
            sb.append(String.format(Locale.ROOT, "# %s: annotated %d, unannotated %d, log-odds %.3f, z %.3f%n",
                    t.lemma(), t.annotated(), t.unannotated(), t.logOdds(), t.z()));
            for (String f : t.forms()) {
                if (written.add(f)) sb.append(csv(f)).append(',').append(o.category()).append('\n');
            }
        }
        for (VectorExpansion.Added a : added) {
            if (!written.add(a.word())) continue;
            sb.append(String.format(Locale.ROOT, regression ? "# %s: expanded by vectors, predicted enrichment %.3f (%d neighbours with a log-odds; nearest: %s)%n"
                            : "# %s: expanded by vectors, neighbour score %.3f (%d neighbours with a log-odds; nearest: %s)%n",
                    a.word(), a.score(), a.known(), String.join(" ", a.nearest())));
            sb.append(csv(a.word())).append(',').append(o.category()).append('\n');
        }
        return sb.toString();
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains(";") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
