package org.framelab.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.framelab.report.ReportData.Ablation;
import org.framelab.report.ReportData.Importance;
import org.framelab.report.ReportData.Metric;
import org.framelab.report.ReportData.ModelReport;
import org.framelab.report.ReportData.PerClass;
import org.framelab.report.ReportData.PerGroup;
import org.framelab.report.SheetKit.Col;
import org.framelab.report.WorkbookStyles.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.framelab.report.WorkbookStyles.Kind.DEC;
import static org.framelab.report.WorkbookStyles.Kind.INT;
import static org.framelab.report.WorkbookStyles.Kind.TEXT;

/** The classifier sheets: Model (metrics, per class, confusion matrix, per group, ablation) and Features (importance). */
final class ModelSheets {
    private ModelSheets() {}

    static final String NO_MODEL = "No classifier was evaluated in this study";

    static final List<Col<Metric>> METRICS = List.of(Col.of("metric", TEXT, Metric::name, 48),
            new Col<>("value", m -> m.value() == Math.rint(m.value()) && m.name().startsWith("articles") ? INT : DEC,
                    Metric::value, 13, 13, false),
            Col.of("95% CI low", DEC, Metric::ciLow, 13), Col.of("95% CI high", DEC, Metric::ciHigh, 13));

    static final List<Col<PerClass>> PER_CLASS = Col.list("class:text48|precision:dec13|recall:dec13|F1:dec13|support:int13",
            PerClass::label, PerClass::precision, PerClass::recall, PerClass::f1, PerClass::support);

    static final List<Col<PerGroup>> PER_GROUP = Col.list("group:text48|n:int13|accuracy:dec13|macro-F1:dec13",
            PerGroup::group, PerGroup::n, PerGroup::accuracy, PerGroup::macroF1);

    static final List<Col<Ablation>> ABLATION = Col.list("feature set:text48|macro-F1:dec13|95% CI low:dec13"
            + "|95% CI high:dec13|accuracy:dec13", Ablation::name, Ablation::macroF1, Ablation::ciLow, Ablation::ciHigh,
            Ablation::accuracy);

    static final List<Col<ReportData.OverlapPair>> OVERLAP = Col.list("test article:text48|training article:text13|kind:text13"
            + "|similarity:dec13|fold:int13", ReportData.OverlapPair::testId, ReportData.OverlapPair::trainId, ReportData.OverlapPair::kind,
            ReportData.OverlapPair::similarity, p -> p.fold() + 1);

    static final List<Col<Importance>> IMPORTANCE = Col.list("class:text*10|feature:text*14|importance:dec12",
            Importance::classLabel, Importance::feature, Importance::value);

    static void model(Workbook wb, SheetKit kit, ModelReport m) {
        Sheet s = wb.createSheet("Model");
        s.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < 12; c++) s.setColumnWidth(c, 13 * 256);
        if (m == null) {
            SheetKit.cell(s.createRow(0), 0, NO_MODEL + " (add a 'classifier' section to the study file).", kit.style(TEXT));
            return;
        }
        int r = kit.section(s, 0, "Classifier evaluation");
        List<String[]> head = new ArrayList<>(List.of(new String[]{"classifier", m.classifier()}, new String[]{"protocol", m.protocol()},
                new String[]{"label", m.labelField()}));
        if (!m.selection().isEmpty()) head.add(new String[]{"blend of framing and n-grams", m.selection()});
        for (String w : m.warnings()) head.add(new String[]{"warning", w});
        for (String[] kv : head) {
            Row x = s.createRow(r++);
            SheetKit.cell(x, 0, kv[0], kit.style(TEXT));
            SheetKit.cell(x, 1, kv[1], kit.style(TEXT));
        }
        r = kit.rows(s, r + 1, METRICS, m.metrics(), x -> false);
        r = kit.rows(s, kit.section(s, r + 1, "Per class"), PER_CLASS, m.perClass(), x -> false);
        r = kit.section(s, r + 1, "Confusion matrix (rows: true label, columns: predicted)");
        r = kit.rows(s, r, confusion(m), IntStream.range(0, m.labels().size()).boxed().toList(), x -> false);
        if (!m.perGroup().isEmpty()) {
            r = kit.rows(s, kit.section(s, r + 1, "Per group (e.g. per outlet)"), PER_GROUP, m.perGroup(), x -> false);
        }
        if (!m.ablation().isEmpty()) {
            r = kit.rows(s, kit.section(s, r + 1, "Ablation (feature sets; those with n-grams use each fold's blend of the full model)"), ABLATION, m.ablation(), x -> false);
        }
        if (!m.removed().isEmpty()) {
            r = kit.section(s, r + 1, "Left out of the final model: " + m.removed().size() + " n-grams that are page templates of one training outlet");
            for (String t : m.removed()) SheetKit.cell(s.createRow(r++), 0, t, kit.style(TEXT));
        }
        if (m.overlap() != null) overlap(s, kit, r, m);
    }

    /** The Overlap block: test articles that duplicate a training article of their fold, with the closest one. */
    private static void overlap(Sheet s, SheetKit kit, int r, ModelReport m) {
        r = kit.section(s, r + 1, "Overlap between training and test (exact and near-duplicate texts)");
        SheetKit.cell(s.createRow(r++), 0, m.overlap(), kit.style(TEXT));
        if (!m.overlapPairs().isEmpty()) kit.rows(s, r, OVERLAP, m.overlapPairs(), x -> false);
    }

    /** Columns of the confusion matrix (items are row indices); the diagonal is highlighted. */
    private static List<Col<Integer>> confusion(ModelReport m) {
        List<Col<Integer>> cols = new ArrayList<>();
        cols.add(Col.of("true \\ predicted", Kind.HEAD, i -> m.labels().get(i), 48));
        for (int j = 0; j < m.labels().size(); j++) {
            int col = j;
            cols.add(new Col<>(m.labels().get(j), i -> i == col ? Kind.SIG_INT : INT, i -> m.confusion()[i][col], 13, 13, false));
        }
        return cols;
    }

    static void importance(Workbook wb, SheetKit kit, ModelReport m) {
        Sheet s = wb.createSheet("Features");
        List<Importance> rows = m == null ? List.of() : m.importance();
        int end = kit.table(s, IMPORTANCE, rows, x -> false);
        if (rows.isEmpty()) kit.note(s, end, NO_MODEL + ".");
    }
}
