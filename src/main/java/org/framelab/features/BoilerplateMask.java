package org.framelab.features;

import org.framelab.corpus.Article;

import java.util.List;
import java.util.Map;

/**
 * Outlet boilerplate blanked out of the texts before n-grams are counted: the lines repeated verbatim
 * in many training articles ({@link RepeatedLines}) and the names of the training outlets
 * ({@link OutletNames}). At fit time both are learned from the training articles ({@link #learn});
 * afterwards the fitted vocabulary carries them ({@link #blank(Article, NgramVocabulary)}).
 * Blanked characters become white space ({@link RepeatedLines#BLANK}), so offsets do not move and no bigram joins
 * the words around them.
 */
final class BoilerplateMask {
    /** Hashes of the repeated lines (value 1), or null when the filter is off. */
    private final LongIntMap repeated;
    private final OutletNames names;

    private BoilerplateMask(LongIntMap repeated, OutletNames names) {
        this.repeated = repeated;
        this.names = names;
    }

    /** A mask from the hashes of the repeated lines (null: the filter is off) and the outlet names, learned elsewhere ({@link PartitionedFit}). */
    static BoilerplateMask of(long[] repeatedHashes, OutletNames names) {
        LongIntMap repeated = null;
        if (repeatedHashes != null) {
            repeated = new LongIntMap(Math.max(64, repeatedHashes.length * 2));
            for (long h : repeatedHashes) repeated.put(h, 1);
        }
        return new BoilerplateMask(repeated, names);
    }

    /** The repeated lines and (when the options mask them) the outlet names of the training articles. */
    static BoilerplateMask learn(NgramOptions options, List<Article> training) {
        LongIntMap repeated = repeatedLines(training, options.repeatedLines());
        OutletNames names = options.maskOutletNames() ? OutletNames.learn(training) : OutletNames.NONE;
        return new BoilerplateMask(repeated, names);
    }

    /** The mask of the repeated lines found elsewhere ({@link LineHashes#repeated}) and the outlet names of the training articles. */
    static BoilerplateMask learn(NgramOptions options, List<Article> training, LongIntMap repeated) {
        return new BoilerplateMask(repeated, options.maskOutletNames() ? OutletNames.learn(training) : OutletNames.NONE);
    }

    /** The repeated lines' hashes (value 1), null when the filter is off. */
    LongIntMap repeatedHashes() {
        return repeated;
    }

    /** {@link #ranges(String)} with the repeated lines of the text found elsewhere ({@link LineHashes#mask}). */
    int[] ranges(String text, int[] repeatedLines) {
        return OutletNames.union(repeatedLines, names.mask(text));
    }

    /**
     * Learns the mask from training articles given one at a time (a corpus read as a stream): the same
     * mask as {@link #learn} of the same articles.
     */
    static final class Learner {
        private final NgramOptions options;
        private final LongIntMap lineDf = new LongIntMap(1 << 16);
        private final OutletNames.Learner names = new OutletNames.Learner();
        private int doc;

        Learner(NgramOptions options) {
            this.options = options;
        }

        void add(Article a) {
            doc++;
            if (options.repeatedLines() > 0) {
                String t = a.text();
                int[] l = RepeatedLines.lines(t);
                for (int i = 0; i < l.length; i += 2) lineDf.countOncePer(RepeatedLines.hash(t, l[i], l[i + 1]), doc);
            }
            if (options.maskOutletNames()) names.add(a);
        }

        BoilerplateMask mask() {
            LongIntMap repeated = null;
            if (options.repeatedLines() > 0) {
                repeated = new LongIntMap(64);
                long[] keys = lineDf.slotKeys();
                int[] vals = lineDf.slotValues();
                for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= options.repeatedLines()) repeated.put(keys[i], 1);
            }
            return new BoilerplateMask(repeated, options.maskOutletNames() ? names.names() : OutletNames.NONE);
        }
    }

    /** The outlet names learned (none when the option is off). */
    OutletNames names() {
        return names;
    }

    /**
     * {@code text} with the boilerplate lines (their texts added to {@code lineTexts}, keyed by hash)
     * and the outlet names blanked out, at fit time; the same instance when there is nothing to blank.
     */
    String blank(String text, Map<Long, String> lineTexts) {
        int[] skip = RepeatedLines.mask(text, repeated);
        RepeatedLines.collect(text, skip, lineTexts);
        return RepeatedLines.blank(text, OutletNames.union(skip, names.mask(text)));
    }

    /** The begin/end offsets this mask blanks in {@code text} (repeated lines and outlet names, merged), in text order. */
    int[] ranges(String text) {
        return OutletNames.union(RepeatedLines.mask(text, repeated), names.mask(text));
    }

    /** Adds the text of each repeated line of {@code text} to {@code lineTexts}, keyed by hash (as {@link #blank(String, Map)} does). */
    void collectLines(String text, Map<Long, String> lineTexts) {
        RepeatedLines.collect(text, RepeatedLines.mask(text, repeated), lineTexts);
    }

    /**
     * The article with the boilerplate learned with vocabulary {@code v} blanked out; the article
     * itself when it has none.
     */
    static Article blank(Article a, NgramVocabulary v) {
        int[] mask = OutletNames.union(RepeatedLines.mask(a.text(), v.repeatedLineSet()), v.outletNameMatcher().mask(a.text()));
        return mask.length == 0 ? a : a.withText(RepeatedLines.blank(a.text(), mask));
    }

    /**
     * Hashes of the lines repeated verbatim in at least {@code min} training articles (value 1),
     * counted in fixed blocks on all cores; null when {@code min} is 0 (the filter is off).
     */
    static LongIntMap repeatedLines(List<Article> training, int min) {
        if (min <= 0) return null;
        List<LongIntMap> counts = FitBlocks.map(training, block -> {
            LongIntMap m = new LongIntMap(1 << 12);
            RepeatedLines.count(block, m);
            return m;
        });
        return repeated(counts, min);
    }

    /** The line hashes whose counts, added up over {@code blockCounts}, reach {@code min} (value 1). */
    static LongIntMap repeated(List<LongIntMap> blockCounts, int min) {
        LongIntMap df = new LongIntMap(1 << 16);
        for (LongIntMap m : blockCounts) df.addAll(m);
        LongIntMap out = new LongIntMap(64);
        long[] keys = df.slotKeys();
        int[] vals = df.slotValues();
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= min) out.put(keys[i], 1);
        return out;
    }
}
