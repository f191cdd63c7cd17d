package org.framelab.gui;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.framelab.study.Study;
import org.framelab.util.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a {@link Study} as a study file in the format {@code org.framelab.study.StudyFile} reads
 * (the keys of docs/output.md), with the input paths relative to the study file's folder when they
 * lie below it. {@link Reports#studyFile} parses the result back and checks it is the same study.
 */
final class StudyYaml {
    private StudyYaml() {}

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));

    static String write(Study s, Path studyDir, String fileName) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("name", s.name());
        top.put("description", "Exported from the FrameLab desktop application");
        top.put("seed", s.seed());
        top.put("corpus", corpus(s, studyDir));
        top.put("features", features(s, studyDir));
        top.put("analysis", analysis(s));
        if (s.classifier() != null) top.put("classifier", classifier(s.classifier()));
        if (s.validation() != null) top.put("validation", validation(s.validation(), studyDir));
        top.put("charts", charts(s.charts()));
        top.put("outputs", outputs(s));
        String header = "# FrameLab study file exported from the desktop application.\n"
                + "# Re-run the session in batch:  ./framelab run " + fileName + "\n";
        return header + YAML.writeValueAsString(top);
    }

    /** The corpus section: path, the mapping's fields that are set, reading options. */
    private static Map<String, Object> corpus(Study s, Path studyDir) {
        Map<String, Object> corpus = new LinkedHashMap<>();
        corpus.put("path", rel(s.corpus().path(), studyDir));
        Map<String, Object> mapping = new LinkedHashMap<>();
        put(mapping, "id", s.corpus().id());
        put(mapping, "text", s.corpus().text());
        put(mapping, "title", s.corpus().title());
        if (!s.corpus().labels().isEmpty()) mapping.put("labels", s.corpus().labels());
        put(mapping, "outlet", s.corpus().outlet());
        put(mapping, "date", s.corpus().date());
        put(mapping, "item", s.corpus().item());
        put(mapping, "annotator", s.corpus().annotator());
        if (!mapping.isEmpty()) corpus.put("mapping", mapping);
        put(corpus, "date_format", s.corpus().dateFormat());
        put(corpus, "encoding", s.corpus().encoding());
        put(corpus, "delimiter", s.corpus().delimiter());
        put(corpus, "sheet", s.corpus().sheet());
        if (s.corpus().skipBad()) corpus.put("skip_bad", true);
        if (s.corpus().limit() > 0) corpus.put("limit", s.corpus().limit());
        if (s.corpus().outletLabels() != null) corpus.put("outlet_labels", rel(s.corpus().outletLabels(), studyDir));
        return corpus;
    }

    /** The features section: families, lexicons (paths relative), actors, n-gram options. */
    private static Map<String, Object> features(Study s, Path studyDir) {
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("families", s.features().families());
        if (!s.features().lexicons().isEmpty()) {
            Map<String, Object> lex = new LinkedHashMap<>();
            s.features().lexicons().forEach((k, v) -> lex.put(k, rel(v, studyDir)));
            features.put("lexicons", lex);
        }
        if (!s.features().actors().isEmpty()) features.put("actors", s.features().actors());
        org.framelab.features.NgramOptions n = s.features().ngrams();
        features.put("ngrams", Json.object("min_n", n.minN(), "max_n", n.maxN(), "min_df", n.minDf(), "max_features", n.maxFeatures(),
                "tfidf", n.tfidf(), "lowercase", n.lowercase(), "repeated_lines", n.repeatedLines(),
                "mask_outlet_names", n.maskOutletNames()));
        return features;
    }

    private static Map<String, Object> analysis(Study s) {
        Map<String, Object> analysis = new LinkedHashMap<>();
        if (!s.analysis().groupBy().isEmpty()) analysis.put("group_by", s.analysis().groupBy());
        if (!s.analysis().features().isEmpty()) analysis.put("features", s.analysis().features());
        analysis.put("alpha", s.analysis().alpha());
        analysis.put("correction", s.analysis().correction());
        analysis.put("monthly", s.analysis().monthly());
        analysis.put("min_month_n", s.analysis().minMonthN());
        Map<String, List<String>> groups = s.analysis().groups();
        if (!groups.isEmpty()) { // the groups the Compare view compared: a list for the one grouping field
            analysis.put("groups", s.analysis().groupBy().size() == 1 && groups.containsKey(s.analysis().groupBy().get(0))
                    ? groups.get(s.analysis().groupBy().get(0)) : groups);
        }
        if (s.analysis().clusterBy() != null) analysis.put("cluster_by", s.analysis().clusterBy());
        if (s.analysis().seed() != null) analysis.put("seed", s.analysis().seed());
        if (!s.analysis().agreementFields().isEmpty()) analysis.put("agreement_fields", s.analysis().agreementFields());
        var perField = s.analysis().agreementPerField().levels();
        if (!perField.isEmpty()) { // a level per field, every measured field named (frame: nominal, tone: ordinal), as an appendix lists them
            Map<String, Object> levels = new LinkedHashMap<>();
            for (String f : s.analysis().agreementFields())
                levels.put(f, perField.containsKey(f) ? perField.get(f).name().toLowerCase(java.util.Locale.ROOT) : s.analysis().agreementLevel());
            analysis.put("agreement_level", levels);
        } else if (!s.analysis().agreementLevel().equals("nominal")) analysis.put("agreement_level", s.analysis().agreementLevel());
        return analysis;
    }

    private static Map<String, Object> classifier(Study.ClassifierSection k) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("label", k.label());
        c.put("name", k.name());
        if (!k.options().isEmpty()) c.put("options", k.options());
        c.put("protocol", k.protocol());
        c.put("group_field", k.groupField());
        c.put("folds", k.folds());
        c.put("ablation", k.ablation());
        c.put("bootstrap", k.bootstrap());
        if (!k.features().isEmpty()) c.put("features", k.features());
        if (k.dedupe()) c.put("dedupe", true);
        if (!k.excludeLabels().isEmpty()) c.put("exclude_labels", k.excludeLabels());
        if (k.mergeOutletVariants()) c.put("merge_outlet_variants", true);
        return c;
    }

    /** The validation section: the span file (relative when below the study file's folder), word-list field, label, bootstrap. */
    private static Map<String, Object> validation(Study.ValidationSection v, Path studyDir) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (v.spans() != null) m.put("spans", rel(v.spans(), studyDir));
        put(m, "span_words", v.spanWords());
        put(m, "label", v.label());
        m.put("bootstrap", v.bootstrap());
        if (v.seed() != null) m.put("seed", v.seed());
        return m;
    }

    private static Map<String, Object> charts(Study.ChartSection ch) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put("types", ch.types());
        charts.put("formats", ch.formats());
        charts.put("dpi", ch.dpi());
        return charts;
    }

    /** The outputs section; {@code notebook: false} when no notebook folder is set. */
    private static Map<String, Object> outputs(Study s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dir", s.outputs().dir().toString());
        out.put("workbook", s.outputs().workbook());
        out.put("tables", s.outputs().tables());
        out.put("notebook", s.outputs().notebookDir() == null ? (Object) Boolean.FALSE : s.outputs().notebookDir().toString());
        return out;
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) m.put(k, v);
    }

    /** The path relative to the study file's folder when it lies below it, else absolute. */
    static String rel(Path p, Path studyDir) {
        Path abs = p.toAbsolutePath().normalize();
        if (studyDir != null) {
            Path d = studyDir.toAbsolutePath().normalize();
            if (abs.startsWith(d)) return d.relativize(abs).toString();
        }
        return abs.toString();
    }

    /** True when two studies have the same settings (paths compared after normalisation). */
    static boolean sameSettings(Study a, Study b) {
        return a.name().equals(b.name()) && a.seed() == b.seed()
                && a.corpus().path().toAbsolutePath().normalize().equals(b.corpus().path().toAbsolutePath().normalize())
                && Objects.equals(a.corpus().text(), b.corpus().text()) && Objects.equals(a.corpus().labels(), b.corpus().labels())
                && Objects.equals(a.corpus().outlet(), b.corpus().outlet())
                && Objects.equals(a.corpus().date(), b.corpus().date()) && Objects.equals(a.corpus().dateFormat(), b.corpus().dateFormat())
                && Objects.equals(normPath(a.corpus().outletLabels()), normPath(b.corpus().outletLabels()))
                && Objects.equals(a.features().families(), b.features().families())
                && Objects.equals(norm(a.features().lexicons()), norm(b.features().lexicons()))
                && Objects.equals(a.features().actors(), b.features().actors())
                && Objects.equals(a.analysis(), b.analysis()) && Objects.equals(a.classifier(), b.classifier())
                && sameValidation(a.validation(), b.validation());
    }

    private static boolean sameValidation(Study.ValidationSection a, Study.ValidationSection b) {
        if (a == null || b == null) return a == b;
        return Objects.equals(a.spans() == null ? null : a.spans().toAbsolutePath().normalize(),
                b.spans() == null ? null : b.spans().toAbsolutePath().normalize())
                && Objects.equals(a.spanWords(), b.spanWords()) && Objects.equals(a.label(), b.label()) && a.bootstrap() == b.bootstrap()
                && Objects.equals(a.seed(), b.seed());
    }

    private static Path normPath(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize();
    }

    private static List<String> norm(Map<String, Path> m) {
        List<String> l = new ArrayList<>();
        m.forEach((k, v) -> l.add(k + "=" + v.toAbsolutePath().normalize()));
        return l;
    }
}
