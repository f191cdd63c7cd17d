package org.framelab.report;

import org.framelab.features.FeatureColumn;
import org.framelab.features.FeatureTable;
import org.framelab.features.NgramVocabulary;
import org.framelab.report.ReportData.NgramRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a report shows n-gram columns. A fitted vocabulary has tens of thousands of them, nearly all zero
 * in any one article, so the per-article outputs (Articles sheet, {@code articles.csv}) carry only the
 * framing columns, the codebook ({@code columns.csv}, Columns sheet) names the n-gram columns in one row,
 * and the vocabulary is one table ({@code ngrams.csv}, N-grams sheet): one row per n-gram with the
 * articles it occurs in, its IDF, total, mean and maximum. Per-article n-gram values are what
 * {@code framelab features --families ngrams} writes.
 */
public final class NgramSummary {
    private NgramSummary() {}

    /** Indices of the table's framing (non-n-gram) columns, in column order. */
    public static int[] framing(List<FeatureColumn> cols) {
        return IntStream.range(0, cols.size()).filter(i -> !cols.get(i).isNgram()).toArray();
    }

    /**
     * One row per n-gram column of {@code table}, those in the most articles first (then by term); empty when
     * the table has none. {@code vocabulary} (may be null) gives the IDF weights.
     */
    public static List<NgramRow> rows(FeatureTable table, NgramVocabulary vocabulary) {
        List<FeatureColumn> cols = table.columns();
        boolean any = false;
        for (FeatureColumn c : cols) any |= c.isNgram();
        if (!any) return List.of();
        long[] articles = new long[cols.size()];
        double[] total = new double[cols.size()];
        double[] max = new double[cols.size()];
        for (FeatureTable.Row row : table.rows()) {
            int[] idx = row.values().indices();
            double[] val = row.values().values();
            for (int k = 0; k < idx.length; k++) {
                if (val[k] == 0) continue;
                articles[idx[k]]++;
                total[idx[k]] += val[k];
                max[idx[k]] = Math.max(max[idx[k]], val[k]);
            }
        }
        int n = Math.max(1, table.rows().size());
        List<NgramRow> rows = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            if (!cols.get(i).isNgram()) continue;
            String name = cols.get(i).name();
            String term = name.startsWith("ngram:") ? name.substring(6) : name;
            int v = vocabulary == null ? -1 : vocabulary.indexOf(term);
            double idf = v < 0 ? Double.NaN : vocabulary.idf(v);
            rows.add(new NgramRow(term, articles[i], (double) articles[i] / n, idf, total[i], total[i] / n, max[i]));
        }
        rows.sort(Comparator.comparingLong(NgramRow::articles).reversed().thenComparing(NgramRow::term));
        return rows;
    }

    /**
     * The codebook: every framing column, and the n-gram columns (thousands, one per term) in one row
     * {@code ngram:TERM} that says how many there are and where they are summarised.
     */
    public static List<FeatureColumn> codebook(List<FeatureColumn> cols) {
        List<FeatureColumn> rows = new ArrayList<>();
        FeatureColumn ngram = null;
        int ngrams = 0;
        for (FeatureColumn c : cols) {
            if (!c.isNgram()) rows.add(c);
            else if (ngrams++ == 0) ngram = c;
        }
        if (ngram != null) {
            rows.add(new FeatureColumn("ngram:TERM", ngram.family(), ngrams + " columns, one per n-gram of the fitted vocabulary"
                    + " (e.g. " + ngram.name() + ": " + ngram.definition() + ") Summarised in tables/ngrams.csv and the N-grams"
                    + " sheet (articles, IDF, total, mean, maximum); per-article values: framelab features --families ngrams.",
                    ngram.unit(), ngram.source()));
        }
        return rows;
    }
}
