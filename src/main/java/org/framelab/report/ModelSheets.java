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

    static final List<Col<Metric>> METRICS = List.of(
            Col.of("metric", TEXT, Metric::name, 48),
            new Col<>("value", m -> m.value() == Math.rint(m.value()) && m.name().startsWith("articles") ? INT : DEC,
                    Metric::value, 13, 13, false),
            Col.of("95% CI low", DEC, Metric::ciLow, 13),
            Col.of("95% CI high", DEC, Metric::ciHigh, 13));

    static final List<Col<PerClass>> PER_CLASS = List.of(
            Col.of("class", TEXT, PerClass::label, 48),
            Col.of("precision", DEC, PerClass::precision, 13),
            Col.of("recall", DEC, PerClass::recall, 13),
            Col.of("F1", DEC, PerClass::f1, 13),
            Col.of("support", INT, PerClass::support, 13));

    static final List<Col<PerGroup>> PER_GROUP = List.of(
            Col.of("group", TEXT, PerGroup::group, 48),
            Col.of("n", INT, PerGroup::n, 13),
            Col.of("accuracy", DEC, PerGroup::accuracy, 13),
            Col.of("macro-F1", DEC, PerGroup::macroF1, 13));

    static final List<Col<Ablation>> ABLATION = List.of(
            Col.of("feature set", TEXT, Ablation::name, 48),
            Col.of("macro-F1", DEC, Ablation::macroF1, 13),
            Col.of("95% CI low", DEC, Ablation::ciLow, 13),
            Col.of("95% CI high", DEC, Ablation::ciHigh, 13),
            Col.of("accuracy", DEC, Ablation::accuracy, 13));

    static final List<Col<Importance>> IMPORTANCE = List.of(
            Col.auto("class", TEXT, Importance::classLabel, 10),
            Col.auto("feature", TEXT, Importance::feature, 14),
            Col.of("importance", DEC, Importance::value, 12));

    static void model(Workbook wb, SheetKit kit, ModelReport m) {
        Sheet s = wb.createSheet("Model");
        s.setColumnWidth(0, 48 * 256);
        for (int c = 1; c < 12; c++) s.setColumnWidth(c, 13 * 256);
        if (m == null) {
            SheetKit.cell(s.createRow(0), 0, NO_MODEL + " (add a 'classifier' section to the study file).", kit.style(TEXT));
            return;
        }
        int r = kit.section(s, 0, "Classifier evaluation");
        for (String[] kv : new String[][]{{"classifier", m.classifier()}, {"protocol", m.protocol()}, {"label", m.labelField()}}) {
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
            kit.rows(s, kit.section(s, r + 1, "Ablation (feature sets)"), ABLATION, m.ablation(), x -> false);
        }
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
