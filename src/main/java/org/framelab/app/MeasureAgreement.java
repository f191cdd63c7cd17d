package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.report.ReportData.AgreementRow;
import org.framelab.stats.Agreement;
import org.framelab.stats.AgreementOptions;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Judgement;
import org.framelab.util.InputException;
import org.framelab.util.Progress;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Inter-annotator agreement on judgement-level corpora (one row per annotator and item): for each
 * coded variable, Krippendorff's alpha with its bootstrap interval, Fleiss' kappa, the mean of the
 * pairwise Cohen's kappas and percent agreement. {@code agreement}, the study runner and the GUI run
 * this; {@link #rows} is the one place the report rows are named.
 */
public final class MeasureAgreement {
    private MeasureAgreement() {}

    /** One coded variable's agreement. */
    public record FieldResult(String field, AgreementReport report, List<AgreementRow> rows) {}

    /**
     * Measures agreement on {@code fields} (empty: {@link #fields} of the corpus). A field with no
     * judgements is bad input naming the coded fields found.
     */
    public static List<FieldResult> run(Corpus corpus, List<String> fields, AgreementOptions options, Progress progress) throws InputException {
        return run(corpus, fields, options, AgreementLevels.none(), progress);
    }

    /**
     * The same with a level (and order) per field where {@code levels} gives one. A field {@code levels} names that is
     * not measured is bad input naming the field and the fields measured (a typo would otherwise leave a variable
     * at the nominal level without a word).
     */
    public static List<FieldResult> run(Corpus corpus, List<String> fields, AgreementOptions options, AgreementLevels levels,
                                        Progress progress) throws InputException {
        List<String> todo = fields.isEmpty() ? fields(corpus) : fields;
        List<FieldResult> out = new ArrayList<>();
        String file = corpus.provenance().files().isEmpty() ? "corpus" : corpus.provenance().files().get(0);
        List<String> stray = levels.unmeasured(todo);
        if (!stray.isEmpty()) {
            throw new CorpusException(file, -1, stray.get(0), "a level of measurement or an order is given for this field, but its agreement"
                    + " is not measured", "name one of the fields measured: " + String.join(", ", todo)
                    + " (coded fields found: " + String.join(", ", Agreement.annotatedFields(corpus)) + ")");
        }
        for (String field : todo) {
            AgreementOptions fieldOptions = levels.options(field, options);
            progress.start("Agreement on " + field, -1);
            List<Judgement> j = Agreement.judgements(corpus, field);
            if (j.isEmpty()) {
                throw new CorpusException(file, -1, field, "no judgements of this field were found",
                        "check the spelling of the label field; coded fields found: " + String.join(", ", Agreement.annotatedFields(corpus)));
            }
            AgreementReport r;
            try {
                r = Agreement.compute(j, fieldOptions);
            } catch (InputException e) {
                throw new InputException(file + ", field '" + field + "': " + e.getMessage(), e);
            }
            out.add(new FieldResult(field, r, rows(field, r)));
            progress.done();
        }
        return out;
    }

    /** The report rows of one variable, in the order every output shows them. */
    public static List<AgreementRow> rows(String field, AgreementReport r) {
        // alpha and the weighted kappa are computed at the variable's level; Fleiss' kappa, the unweighted kappa and percent
        // agreement count only exact matches, whatever the level, and say so
        String lvl = r.level().label(), exact = org.framelab.stats.MeasurementLevel.NOMINAL.label();
        long items = r.items(), ann = r.annotators(), j = r.judgementsUsed();
        List<AgreementRow> rows = new ArrayList<>();
        rows.add(new AgreementRow(field, "Krippendorff's alpha", lvl, r.alpha().value(), r.alpha().ciLow(), r.alpha().ciHigh(), items, ann, j));
        if (r.fleiss() != null) rows.add(new AgreementRow(field, "Fleiss' kappa", exact, r.fleiss().kappa(), Double.NaN, Double.NaN, r.fleiss().items(), ann, j));
        rows.add(new AgreementRow(field, "mean Cohen's kappa (pairs)", exact, r.meanCohenKappa(), Double.NaN, Double.NaN, r.pairableItems(), ann, j,
                meanBasis(r, true)));
        if (r.level() != org.framelab.stats.MeasurementLevel.NOMINAL) {
            rows.add(new AgreementRow(field, weightedName(r.level()), lvl, r.meanWeightedKappa(), Double.NaN, Double.NaN, r.pairableItems(), ann, j,
                    meanBasis(r, true)));
        }
        rows.add(new AgreementRow(field, "percent agreement", exact, r.percentAgreement(), Double.NaN, Double.NaN, r.pairableItems(), ann, j));
        return rows;
    }

    /** The flag of a pair left out of Light's mean for sharing too few items, as every pair list writes it; empty for the others. */
    public static String pairFlag(AgreementReport r, AgreementReport.PairKappa k) {
        if (!k.fewItems()) return "";
        boolean inMean = r.pairsInMean().contains(k);
        return "few items (< " + AgreementReport.MIN_PAIR_ITEMS + ")" + (inMean ? ": no pair has more, so in the mean" : ": not in the mean");
    }

    /**
     * What the mean Cohen's kappa (Light's) is over, as the CLI, the GUI and the workbook say it: {@code mean over 3 annotator
     * pairs; 2 sharing fewer than 10 items left out ('Anna' and 'ben' 1, 'Chris' and 'ben' 1), all pairs: 0.512}; the pairs
     * are named when {@code namePairs} (the CLI lists them flagged below instead).
     */
    public static String meanBasis(AgreementReport r, boolean namePairs) {
        List<AgreementReport.PairKappa> few = r.cohen().stream().filter(AgreementReport.PairKappa::fewItems).toList();
        int inMean = r.pairsInMean().size();
        String head = String.format(Locale.ROOT, "mean over %d annotator pair%s", inMean, inMean == 1 ? "" : "s");
        if (few.isEmpty()) return head;
        if (r.pairsInMean().stream().anyMatch(AgreementReport.PairKappa::fewItems)) {
            return head + String.format(Locale.ROOT, "; every pair shares fewer than %d items: read it with care", AgreementReport.MIN_PAIR_ITEMS);
        }
        String names = "";
        if (namePairs) {
            List<String> named = new ArrayList<>();
            for (AgreementReport.PairKappa k : few.subList(0, Math.min(3, few.size())))
                named.add(String.format(Locale.ROOT, "'%s' and '%s' %d", k.annotatorA(), k.annotatorB(), k.items()));
            names = " (" + String.join(", ", named) + (few.size() > 3 ? " and " + (few.size() - 3) + " more" : "") + ")";
        }
        double all = AgreementReport.mean(r.cohen());
        return head + String.format(Locale.ROOT, "; %d sharing fewer than %d items left out%s, all pairs: %s", few.size(),
                AgreementReport.MIN_PAIR_ITEMS, names, Double.isNaN(all) ? "n/a" : String.format(Locale.ROOT, "%.3f", all));
    }

    /** The name of the weighted kappa row of an ordinal (linear weights) or interval (quadratic) variable. */
    public static String weightedName(org.framelab.stats.MeasurementLevel level) {
        return "mean weighted Cohen's kappa (pairs, " + (level == org.framelab.stats.MeasurementLevel.INTERVAL ? "quadratic" : "linear") + " weights)";
    }

    /**
     * The coded variables agreement is measured for: the annotated label fields of the mapping; without
     * label fields, every annotated field with at most 20 distinct values (free-text fields such as
     * BABE's biased_words are not coded categories).
     */
    public static List<String> fields(Corpus corpus) {
        List<String> annotated = Agreement.annotatedFields(corpus);
        List<String> labels = corpus.provenance().mapping().labelFields();
        List<String> out = new ArrayList<>();
        for (String f : annotated) {
            if (!labels.isEmpty()) {
                if (labels.contains(f)) out.add(f);
                continue;
            }
            Set<String> values = new HashSet<>();
            for (Article a : corpus.articles()) {
                for (var an : a.annotations()) if (an.isDocumentLevel() && an.field().equals(f)) values.add(an.value());
                if (values.size() > 20) break;
            }
            if (values.size() <= 20) out.add(f);
        }
        return out;
    }
}
