package org.framelab.model;

import org.framelab.text.Fingerprint;
import org.framelab.text.NearDuplicates;
import org.framelab.util.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Test articles that duplicate a training article of their fold (exactly, or nearly: see
 * {@link NearDuplicates}): the same text under another id in both parts inflates every score (Lee et
 * al. 2022). One pair per flagged test article: its closest training article (an exact copy first,
 * then the highest similarity, then the first in training order).
 *
 * @param checked   false when the overlap could not be checked (a model file without fingerprints of its training texts)
 * @param method    how texts were compared, in words
 * @param exact     test articles with an exact duplicate in training (summed over folds)
 * @param near      test articles with a near but no exact duplicate in training
 * @param deduped   whether the flagged articles were dropped from the test side ({@code --dedupe})
 * @param dropped   test articles dropped (0 unless {@code deduped})
 * @param pairs     every flagged test article with its closest training article
 */
public record Overlap(boolean checked, String method, int exact, int near, boolean deduped, int dropped, List<Pair> pairs) {
    public Overlap {
        pairs = List.copyOf(pairs);
    }

    /** A test article and its closest training article; {@code fold} as in {@link Prediction#fold()}. */
    public record Pair(String testId, String trainId, String kind, double similarity, int fold) {
        public static final String EXACT = "exact", NEAR = "near";

        @Override
        public String toString() {
            return testId + " ~ " + trainId + (EXACT.equals(kind) ? " (exact)" : String.format(Locale.ROOT, " (%.2f)", similarity));
        }
    }

    /** How texts are compared when both texts are at hand. */
    public static final String METHOD = String.format(Locale.ROOT, "exact: 64-bit hash of the normalised words of title and text "
            + "(case, punctuation and spacing ignored); near: Jaccard similarity >= %.2f of the sets of %d-word shingles "
            + "(%d-word when both texts have fewer than %d words), candidates by MinHash (%d bins, one-permutation hashing) "
            + "with LSH (32 bands of 4), verified on the shingle sets", NearDuplicates.THRESHOLD, Fingerprint.SHINGLE,
            Fingerprint.SHORT_SHINGLE, Fingerprint.SHORT_WORDS, Fingerprint.K);
    /** How texts are compared against a saved model's fingerprints (its training texts are not at hand). */
    public static final String METHOD_ESTIMATED = METHOD.replace("verified on the shingle sets",
            "similarity estimated from the model file's signatures (standard error about 0.035 at 0.8)");

    /** Why a model file's overlap cannot be checked. */
    public static final String NO_FINGERPRINTS = "the model keeps no fingerprints of its training texts; "
            + "train the model again with this version to check";

    /** Not checked, with the reason; {@code deduped}: --dedupe was asked for (and could not drop anything). */
    public static Overlap notChecked(String why, boolean deduped) {
        return new Overlap(false, why, 0, 0, deduped, 0, List.of());
    }

    /** Flagged test articles (exact and near). */
    public int total() {
        return exact + near;
    }

    /** One line for the console and the GUI. */
    public String headline() {
        if (!checked) return "Overlap with training not checked: " + method;
        if (total() == 0) {
            return String.format(Locale.ROOT, "Overlap with training: none (no test article is an exact or near duplicate, Jaccard >= %.2f, of a training article)",
                    NearDuplicates.THRESHOLD);
        }
        return String.format(Locale.ROOT, "Overlap with training: %,d test articles (%,d exact, %,d near-duplicate, Jaccard >= %.2f)%s",
                total(), exact, near, NearDuplicates.THRESHOLD,
                deduped ? String.format(Locale.ROOT, "; %,d dropped from the test side (--dedupe)", dropped) : "");
    }

    /** The first {@code max} pairs as {@code test-id ~ train-id}. */
    public List<String> examples(int max) {
        List<String> out = new ArrayList<>();
        for (Pair p : pairs.subList(0, Math.min(max, pairs.size()))) out.add(p.toString());
        return out;
    }

    /** How each path that evaluates drops such test articles: the option, the study-file key and the GUI's Classify check box. */
    static final String DEDUPE_HINT = "Use --dedupe (study file: classifier.dedupe: true; GUI: the Classify view's 'Drop test texts that duplicate"
            + " training texts') to drop them from the test side, or keep each text in one part.";

    /** The warning of an evaluation with overlap, or null when there is none. */
    public String warning() {
        if (!checked) return deduped ? "Overlap with training not checked: " + method + "; --dedupe dropped nothing." : null;
        if (total() == 0) return null;
        String what = String.format(Locale.ROOT, "%,d test articles duplicate a training article (%,d exact, %,d near: Jaccard >= %.2f; e.g. %s)",
                total(), exact, near, NearDuplicates.THRESHOLD, String.join(", ", examples(3)));
        return deduped ? what + String.format(Locale.ROOT, ": %,d were dropped from the test side (--dedupe); the training data is unchanged.", dropped)
                : what + ": their scores are inflated. " + DEDUPE_HINT;
    }

    /** The {@code overlap} object of the metrics JSON. */
    public Map<String, Object> tree() {
        List<Object> ps = new ArrayList<>();
        for (Pair p : pairs) {
            ps.add(Json.object("testId", p.testId(), "trainId", p.trainId(), "kind", p.kind(),
                    "similarity", Math.round(p.similarity() * 10000) / 10000.0, "fold", p.fold()));
        }
        return Json.object("checked", checked, "method", method, "threshold", NearDuplicates.THRESHOLD, "exact", exact, "near", near,
                "total", total(), "deduped", deduped, "dropped", dropped, "pairs", ps);
    }
}
