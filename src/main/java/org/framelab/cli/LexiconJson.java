package org.framelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.app.LearnLexicon;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.model.BiasedWordTask;
import org.framelab.util.InputException;
import org.framelab.validation.SpanValidation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers of {@code lexicon learn} as JSON (keys in a fixed order; NaN written as null). */
final class LexiconJson {
    private LexiconJson() {}

    static void write(LearnLexicon.Result r, Path file) throws InputException {
        Map<String, Object> root = new LinkedHashMap<>();
        LexiconLearner.Options o = r.learned().options();
        root.put("lexicon", r.file().toString());
        root.put("lemmas", r.learned().terms().size());
        root.put("forms", r.learned().forms().size());
        root.put("min_annotated", o.minAnnotated());
        root.put("min_log_odds", o.minLogOdds());
        root.put("prior", o.priorSize());
        root.put("tuned", r.tuning() != null);
        if (r.tuning() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("protocol", r.tuning().protocol());
            t.put("goal_enrichment", num(r.tuning().goal()));
            t.put("chosen_at_enrichment", num(r.tuning().innerGoal()));
            t.put("nested_check_margin_se", num(r.tuning().margin()));
            List<Object> steps = new ArrayList<>();
            for (org.framelab.app.GoalCheck.Calibration c : r.tuning().calibration()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("chosen_at", num(c.innerGoal()));
                m.put("hits", c.hits());
                m.put("enrichment", num(c.enrichment()));
                m.put("enrichment_se", num(c.se()));
                m.put("span_recall", num(c.recall()));
                steps.add(m);
            }
            t.put("nested_check", steps);
            root.put("tuning", t);
        }
        if (!Double.isNaN(r.expandThreshold()) || r.tuning() != null && r.tuning().grid().stream().anyMatch(p -> p.expanded())) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("method", r.expandRegression() ? "regression" : "neighbours");
            x.put("min_score", num(r.expandThreshold()));
            x.put("words_added", r.expanded().size());
            root.put("vector_expansion", x);
        }
        if (r.gate() != null) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("model", r.gate().model().toString());
            g.put("label", r.gate().label());
            g.put("threshold", num(r.gate().threshold()));
            g.put("threshold_tuned", r.gate().tuned());
            g.put("applied", r.gate().report() != null);
            if (r.gate().report() != null) {
                g.put("passed_texts", r.gate().report().passed());
                g.put("texts", r.gate().report().articles());
                g.put("heldout_accuracy", num(r.gate().report().accuracy()));
                g.put("heldout_macro_f1", num(r.gate().report().macroF1()));
            }
            g.put("heldout_texts_in_gate_training", r.gate().heldOutInModel());
            root.put("gate", g);
        }
        root.put("train_outlets", r.trainOutlets());
        root.put("heldout_outlets", r.heldOutOutlets());
        root.put("train_articles", r.trainArticles());
        root.put("heldout_articles", r.heldOutArticles());
        List<Object> rows = new ArrayList<>();
        if (r.heldOut() != null) {
            SpanValidation.Result v = r.heldOut().validation();
            root.put("chance_rate", num(v.wordTokens() == 0 ? Double.NaN : (double) v.spanTokens() / v.wordTokens()));
            List<SpanValidation.Row> all = new ArrayList<>(v.rows());
            if (r.combined() != null) all.addAll(r.combined().rows());
            for (SpanValidation.Row row : all) {
                if (!SpanValidation.ALL.equals(row.annotator())) continue;
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("unit", row.unit());
                m.put("hits", row.hits());
                m.put("hits_in_spans", row.hitsInSpans());
                m.put("spans", row.spans());
                m.put("spans_found", row.spansFound());
                m.put("enrichment", est(row.enrichment()));
                m.put("span_recall", est(row.spanRecall()));
                m.put("token_precision", est(row.tokenPrecision()));
                m.put("token_recall", est(row.tokenRecall()));
                m.put("token_f1", est(row.tokenF1()));
                rows.add(m);
            }
        }
        root.put("heldout_validation", rows);
        List<Object> rank = new ArrayList<>();
        for (BiasedWordTask.Accuracy a : r.ranking()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ranker", a.ranker());
            m.put("sentences", a.sentences());
            m.put("top1", num(a.top1()));
            m.put("top3", num(a.top3()));
            rank.add(m);
        }
        root.put("which_word_is_biased", rank);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the JSON file: " + e.getMessage(), e);
        }
    }

    private static Object est(SpanValidation.Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", num(e.value()));
        m.put("low", num(e.low()));
        m.put("high", num(e.high()));
        return m;
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
