package org.framelab.study;

import org.framelab.corpus.CorpusSummary;
import org.framelab.report.ReportData.OverviewEntry;

import java.util.List;
import java.util.Locale;

/** The corpus summary as Overview entries, one per fact (a text dump would lose its column alignment in a spreadsheet). */
final class StudySummary {
    private StudySummary() {}

    static void add(List<OverviewEntry> ov, CorpusSummary summary) {
        String sec = "Corpus summary";
        for (var field : summary.labels().entrySet()) {
            long total = field.getValue().values().stream().mapToLong(Long::longValue).sum();
            for (var e : field.getValue().entrySet()) {
                String what = e.getKey().isEmpty() ? "label '" + field.getKey() + "' without a value" : "label '" + field.getKey() + "' = " + e.getKey();
                ov.add(new OverviewEntry(sec, what, String.format(Locale.ROOT,
                        "%,d (%.1f%%)", e.getValue(), total == 0 ? 0.0 : 100.0 * e.getValue() / total)));
            }
        }
        ov.add(new OverviewEntry(sec, "distinct outlets", String.format(Locale.ROOT, "%,d", summary.distinctOutlets())));
        for (CorpusSummary.Count c : summary.topOutlets()) {
            ov.add(new OverviewEntry(sec, "outlet " + c.value(), String.format(Locale.ROOT, "%,d", c.count())));
        }
        CorpusSummary.DateRange d = summary.dates();
        ov.add(new OverviewEntry(sec, "dates", d.first() == null ? "none"
                : d.first() + " .. " + d.last() + String.format(Locale.ROOT, " (%,d with a date, %,d without)", d.withDate(), d.withoutDate())));
        ov.add(new OverviewEntry(sec, "text length, characters", distribution(summary.chars())));
        ov.add(new OverviewEntry(sec, "text length, tokens", distribution(summary.tokens())));
        ov.add(new OverviewEntry(sec, "empty texts", String.valueOf(summary.emptyTexts())));
        ov.add(new OverviewEntry(sec, "duplicate ids", String.valueOf(summary.duplicateIds())));
        ov.add(new OverviewEntry(sec, "duplicate texts", String.valueOf(summary.duplicateTexts())));
        CorpusSummary.JudgementStats j = summary.judgements();
        if (j != null) {
            ov.add(new OverviewEntry(sec, "judgements", String.format(Locale.ROOT, "%,d on %,d items by %,d annotators; per item %s",
                    j.judgements(), j.items(), j.annotators(), distribution(j.perItem()))));
        }
    }

    private static String distribution(CorpusSummary.Distribution x) {
        return String.format(Locale.ROOT, "min %,d, quartiles %,d / %,d / %,d, max %,d, mean %.1f", x.min(), x.q1(), x.median(), x.q3(), x.max(), x.mean());
    }
}
