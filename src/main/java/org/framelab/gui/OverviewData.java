package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusSummary;
import org.framelab.corpus.SkippedRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the Overview tab shows, computed in the background from the loaded corpus: counts, label
 * distributions, outlets, dates per month, text lengths and warnings a researcher should see
 * before analysing (skipped rows, empty or duplicate texts, missing labels, labels that are
 * constant within each outlet).
 */
record OverviewData(int articles, int outlets, List<Map.Entry<String, Integer>> topOutlets,
                    Map<String, List<Map.Entry<String, Integer>>> labels, LocalDate firstDate, LocalDate lastDate,
                    int undated, Map<YearMonth, Integer> perMonth, int medianWords, int totalWords,
                    int annotated, int annotators, List<String> warnings, List<String> files, String reader,
                    CorpusSummary summary) {

    static OverviewData of(Corpus corpus, int[] words) {
        List<Article> arts = corpus.articles();
        Tally t = new Tally(Session.labelFields(corpus));
        for (Article a : arts) t.add(a);
        // the same summary as `framelab corpus info`, so the numbers agree with the CLI
        CorpusSummary sum = CorpusSummary.of(corpus);
        int median = (int) sum.tokens().median();
        long total = sum.tokens().total();
        List<String> warn = warnings(corpus, sum, t);
        Map<String, List<Map.Entry<String, Integer>>> labelLists = new LinkedHashMap<>();
        t.labels.forEach((f, m) -> labelLists.put(f, CorpusIndex.byCount(m)));
        List<Map.Entry<String, Integer>> top = CorpusIndex.byCount(t.outlets);
        var prov = corpus.provenance();
        return new OverviewData(arts.size(), t.outlets.size(), top, labelLists, t.first, t.last, t.undated, t.months, median,
                (int) Math.min(Integer.MAX_VALUE, total), t.annotated, t.annotators.size(), warn, prov.files(), prov.reader(), sum);
    }

    /** Counts over the articles, in one pass: outlets, label values, months, dates, annotations. */
    private static final class Tally {
        final Map<String, Integer> outlets = new HashMap<>();
        final Map<String, Map<String, Integer>> labels = new LinkedHashMap<>();
        final Map<YearMonth, Integer> months = new TreeMap<>();
        LocalDate first, last;
        int undated, annotated, noOutlet;
        final Set<String> annotators = new HashSet<>();
        final Map<String, Integer> noLabel = new LinkedHashMap<>();
        /** outlet -> label field -> distinct values (to spot labels fixed per outlet). */
        final Map<String, Map<String, Set<String>>> perOutlet = new HashMap<>();

        Tally(List<String> labelFields) {
            for (String f : labelFields) labels.put(f, new TreeMap<>());
        }

        void add(Article a) {
            if (!a.outlet().isEmpty()) outlets.merge(a.outlet(), 1, Integer::sum);
            else noOutlet++;
            addLabels(a);
            if (a.date() != null) {
                if (first == null || a.date().isBefore(first)) first = a.date();
                if (last == null || a.date().isAfter(last)) last = a.date();
                months.merge(YearMonth.from(a.date()), 1, Integer::sum);
            } else undated++;
            // coded variables only: span annotations (begin >= 0) are not judgements of a variable
            if (a.annotations().stream().anyMatch(org.framelab.corpus.Annotation::isDocumentLevel)) {
                annotated++;
                a.annotations().forEach(x -> { if (x.isDocumentLevel()) annotators.add(x.annotator()); });
            }
        }

        private void addLabels(Article a) {
            for (var e : labels.entrySet()) {
                String v = a.label(e.getKey());
                if (v == null || v.isBlank()) noLabel.merge(e.getKey(), 1, Integer::sum);
                else {
                    e.getValue().merge(v, 1, Integer::sum);
                    if (!a.outlet().isEmpty())
                        perOutlet.computeIfAbsent(a.outlet(), k -> new HashMap<>()).computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(v);
                }
            }
        }
    }

    /** What a researcher should see before analysing: skipped rows, empty or repeated texts, missing values, future dates, labels fixed per outlet. */
    private static List<String> warnings(Corpus corpus, CorpusSummary sum, Tally t) {
        List<Article> arts = corpus.articles();
        List<String> warn = new ArrayList<>();
        var prov = corpus.provenance();
        if (prov.rowsSkipped() > 0) {
            warn.add(String.format("%,d %s skipped while reading (bad rows). First ones:", prov.rowsSkipped(), prov.rowsSkipped() == 1 ? "row was" : "rows were"));
            for (SkippedRow r : prov.skippedSample()) warn.add("    " + r);
        }
        warn.addAll(prov.notes()); // cells filled from merged regions, slash dates read month-first without evidence
        if (sum.emptyTexts() > 0) warn.add(String.format("%,d articles have an empty text.", sum.emptyTexts()));
        if (sum.duplicateIds() > 0) warn.add(String.format("%,d duplicate ids (ids occurring more than once, or rows skipped as duplicate ids).", sum.duplicateIds()));
        if (sum.duplicateTexts() > 0) warn.add(String.format("%,d articles repeat the text of an earlier article (duplicates).", sum.duplicateTexts()));
        t.noLabel.forEach((f, n) -> warn.add(String.format("%,d articles have no value for the label '%s'.", n, f)));
        if (t.noOutlet > 0 && t.noOutlet < arts.size()) warn.add(String.format("%,d articles have no outlet.", t.noOutlet));
        LocalDate today = LocalDate.now();
        long future = arts.stream().filter(a -> a.date() != null && a.date().isAfter(today)).count();
        if (future > 0) warn.add(String.format("%,d %s dated in the future (after %s): probably wrong dates in the data; the monthly chart leaves out the first and last 0.5%% of dates.",
                future, future == 1 ? "article is" : "articles are", today));
        if (t.undated > 0 && t.undated < arts.size()) warn.add(String.format("%,d articles have no (readable) date.", t.undated));
        for (String f : t.labels.keySet()) {
            if (t.perOutlet.isEmpty()) break;
            boolean constant = t.perOutlet.values().stream().allMatch(m -> m.getOrDefault(f, Set.of()).size() <= 1);
            if (constant && t.perOutlet.size() > 1)
                warn.add("The label '" + f + "' is the same for every article of an outlet: random cross-validation folds would"
                        + " measure outlet recognition, not framing. The Classify tab groups folds by outlet for this reason.");
        }
        warn.replaceAll(GuiWording::of); // a hint that names a setting, in the GUI's words
        return warn;
    }
}
