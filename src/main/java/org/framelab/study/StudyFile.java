package org.framelab.study;

import org.framelab.study.Study.AnalysisSection;
import org.framelab.study.Study.ChartSection;
import org.framelab.study.Study.ClassifierSection;
import org.framelab.study.Study.CorpusSection;
import org.framelab.study.Study.FeatureSection;
import org.framelab.features.NgramOptions;
import org.framelab.study.Study.OutputSection;
import org.framelab.study.YamlTree.Node;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a study file (YAML) into a validated {@link Study}. Unknown keys, wrong types and bad values
 * raise an {@link InputException} naming the file, the line and the key (with the known keys or the
 * allowed values), so a typo never passes silently. Relative paths inside the file (corpus,
 * lexicons) are resolved against the study file's folder; {@code outputs.dir} and
 * {@code outputs.notebook} against the working directory.
 */
public final class StudyFile {
    private StudyFile() {}

    static final List<String> TOP = List.of("name", "description", "seed", "corpus", "features", "analysis", "classifier",
            "charts", "outputs", "validation");
    static final List<String> VALIDATION = List.of("spans", "span_words", "label", "bootstrap", "seed");
    static final List<String> CORPUS = List.of("path", "mapping", "date_format", "encoding", "delimiter", "sheet", "skip_bad", "limit", "outlet_labels");
    static final List<String> MAPPING = List.of("id", "text", "title", "labels", "outlet", "date", "item", "annotator");
    static final List<String> FEATURES = List.of("families", "lexicons", "actors", "ngrams");
    static final List<String> NGRAMS = List.of("min_n", "max_n", "min_df", "max_features", "tfidf", "lowercase", "repeated_lines", "mask_outlet_names");
    static final List<String> ANALYSIS = List.of("group_by", "features", "alpha", "correction", "monthly", "min_month_n", "cluster_by", "seed",
            "agreement_fields", "agreement_level", "agreement_order", "groups");
    static final List<String> CLASSIFIER = List.of("label", "name", "options", "protocol", "group_field", "folds", "ablation",
            "bootstrap", "features", "dedupe", "exclude_labels", "merge_outlet_variants");
    static final List<String> CHARTS = List.of("types", "formats", "dpi", "width", "figure_width", "height", "features", "max_features",
            "top_terms", "max_groups");
    static final List<String> OUTPUTS = List.of("dir", "workbook", "tables", "notebook", "evidence_per_feature", "raw_csv", "cache");

    /** Reads and validates a study file. */
    public static Study read(Path file) throws InputException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": study file not found\n  What to do: check the path (e.g. datasets/demo/study.yaml).");
        } catch (java.nio.charset.CharacterCodingException e) {
            // a binary file or another program's file given as the study: say so, not "Input length = 1"
            throw new InputException(file + ": not a study file (the bytes are not UTF-8 text)"
                    + "\n  What to do: give the study's .yaml file (e.g. datasets/demo/study.yaml), saved as UTF-8.", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the study file: " + e.getMessage()
                    + "\n  What to do: check the path and that you can read the file.", e);
        }
        Path base = file.toAbsolutePath().getParent();
        return parse(new StringReader(text), file.toString(), base, defaultName(file));
    }

    /**
     * The line of {@code dottedKey} ({@code classifier.label}) in the study file, or -1 when the file cannot be
     * read again or has no such key: for errors found after parsing (a field the corpus does not have).
     */
    public static int lineOf(Path file, String dottedKey) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node n = YamlTree.parse(in, file.toString());
            for (String k : dottedKey.split("\\.")) {
                if (n == null || !n.isMap()) return -1;
                n = n.map().get(k);
            }
            return n == null ? -1 : n.line();
        } catch (IOException | InputException | RuntimeException e) {
            return -1;
        }
    }

    static String defaultName(Path file) {
        String n = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (n.equals("study") && file.toAbsolutePath().getParent() != null) n = file.toAbsolutePath().getParent().getFileName().toString();
        return n.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    /** Parses study YAML; {@code base} resolves relative input paths. */
    public static Study parse(Reader in, String fileName, Path base, String defaultName) throws InputException {
        Node root = YamlTree.parse(in, fileName);
        Sec top = new Sec(fileName, "", root, base);
        top.requireMap();
        top.checkKeys(TOP);
        CorpusSection corpus = corpus(top);
        FeatureSection features = features(top);
        AnalysisSection analysis = analysis(top);
        ClassifierSection classifier = classifier(top);
        ChartSection charts = charts(top);
        OutputSection outputs = outputs(top);
        Study.ValidationSection validation = validation(top);
        String name = top.has("name") ? top.str("name") : defaultName;
        long seed = top.integer("seed", 42);
        return top.build(() -> new Study(name, seed, corpus, features, analysis, classifier, charts, outputs, validation));
    }

    private static CorpusSection corpus(Sec top) throws InputException {
        Sec c = top.section("corpus", true);
        c.checkKeys(CORPUS);
        Sec m = c.section("mapping", false);
        m.checkKeys(MAPPING);
        return c.build(() -> new CorpusSection(c.inputPath("path", true), m.str("id"), m.str("text"),
                m.str("title"), m.strList("labels"), m.str("outlet"), m.str("date"), c.str("date_format"), m.str("item"), m.str("annotator"),
                c.str("encoding"), c.str("delimiter"), c.str("sheet"), c.bool("skip_bad", false), c.integer("limit", 0),
                c.inputPath("outlet_labels", false)));
    }

    private static FeatureSection features(Sec top) throws InputException {
        Sec f = top.section("features", false);
        f.checkKeys(FEATURES);
        Sec ng = f.section("ngrams", false);
        ng.checkKeys(NGRAMS);
        NgramOptions d = NgramOptions.defaults();
        NgramOptions ngrams = ng.build(() -> new NgramOptions((int) ng.integer("min_n", d.minN()), (int) ng.integer("max_n", d.maxN()),
                (int) ng.integer("min_df", d.minDf()), (int) ng.integer("max_features", d.maxFeatures()),
                ng.bool("tfidf", d.tfidf()), ng.bool("lowercase", d.lowercase()),
                (int) ng.integer("repeated_lines", d.repeatedLines()), ng.bool("mask_outlet_names", d.maskOutletNames())));
        return f.build(() -> {
            List<String> families = f.strList("families");
            // the names checked here (as the run checks them), so that a typo names the file and the line
            new org.framelab.features.FeatureOptions(families, java.util.Map.of(), List.of(), null);
            return new FeatureSection(families, f.pathMap("lexicons"), f.strList("actors"), ngrams);
        });
    }

    private static AnalysisSection analysis(Sec top) throws InputException {
        Sec a = top.section("analysis", false);
        a.checkKeys(ANALYSIS);
        AnalysisSection ad = AnalysisSection.defaults();
        List<String> groupBy = a.strList("group_by");
        Map<String, List<String>> groups = StudyGroups.parse(a, groupBy);
        StudyAgreement.Read agreement = StudyAgreement.read(a);
        return a.build(() -> new AnalysisSection(groupBy, a.strList("features"),
                a.dbl("alpha", ad.alpha()), a.str("correction"), a.bool("monthly", ad.monthly()),
                (int) a.integer("min_month_n", ad.minMonthN()), a.str("cluster_by"), a.has("seed") ? a.integer("seed", 0) : null,
                a.strList("agreement_fields"), agreement.level(), agreement.perField(), groups));
    }

    private static ClassifierSection classifier(Sec top) throws InputException {
        if (!top.has("classifier") || top.node("classifier").isNull()) return null;
        Sec k = top.section("classifier", true);
        k.checkKeys(CLASSIFIER);
        return k.build(() -> {
            new org.framelab.model.ClassifierSpec(k.str("name"), k.str("options")); // a typo names the file and the line
            return classifierSection(k);
        });
    }

    private static ClassifierSection classifierSection(Sec k) throws InputException {
        return new ClassifierSection(k.str("label"), k.str("name"), k.str("options"), k.str("protocol"),
                k.str("group_field"), (int) k.integer("folds", org.framelab.app.Protocol.DEFAULT_FOLDS), k.bool("ablation", true),
                (int) k.integer("bootstrap", org.framelab.app.Classify.DEFAULT_BOOTSTRAP), k.strList("features"),
                k.bool("dedupe", false), k.strList("exclude_labels"), k.bool("merge_outlet_variants", false));
    }

    /** {@code validation:}: a mapping (spans, span_words, label, bootstrap) or {@code true} (the corpus's word-list field). */
    private static Study.ValidationSection validation(Sec top) throws InputException {
        if (!top.has("validation") || top.node("validation").isNull()) return null;
        Node n = top.node("validation");
        if (Boolean.TRUE.equals(n.value())) return new Study.ValidationSection(null, null, null, org.framelab.validation.SpanValidation.Options.DEFAULT_BOOTSTRAP);
        if (Boolean.FALSE.equals(n.value())) return null;
        Sec v = top.section("validation", true);
        v.checkKeys(VALIDATION);
        return v.build(() -> new Study.ValidationSection(v.inputPath("spans", false), v.str("span_words"), v.str("label"),
                (int) v.integer("bootstrap", org.framelab.validation.SpanValidation.Options.DEFAULT_BOOTSTRAP),
                v.has("seed") ? v.integer("seed", 0) : null));
    }

    private static ChartSection charts(Sec top) throws InputException {
        Sec ch = top.section("charts", false);
        ch.checkKeys(CHARTS);
        ChartSection cd = ChartSection.defaults();
        return ch.build(() -> {
            double width = ch.dbl("width", cd.width());
            if (ch.has("figure_width")) { // single, double or millimetres: the journal's column widths
                if (ch.has("width")) throw new OptionException("figure_width", ch.str("figure_width") + " (give figure_width or width, not both)");
                width = org.framelab.chart.ChartExport.Size.figureWidth(ch.str("figure_width"));
            }
            return new ChartSection(ch.strList("types"), lower(ch.strList("formats")),
                (int) ch.integer("dpi", cd.dpi()), width, ch.dbl("height", ChartSection.defaultHeight(width)),
                ch.strList("features"), (int) ch.integer("max_features", cd.maxFeatures()),
                (int) ch.integer("top_terms", cd.topTerms()), (int) ch.integer("max_groups", cd.maxGroups()));
        });
    }

    private static OutputSection outputs(Sec top) throws InputException {
        Sec o = top.section("outputs", false);
        o.checkKeys(OUTPUTS);
        OutputSection od = OutputSection.defaults();
        Path notebook = od.notebookDir();
        if (o.has("notebook")) {
            Node nb = o.node("notebook");
            notebook = Boolean.FALSE.equals(nb.value()) || nb.isNull() ? null : o.outputPath("notebook");
        }
        Path nbDir = notebook;
        return o.build(() -> new OutputSection(o.has("dir") ? o.outputPath("dir") : od.dir(),
                o.bool("workbook", true), o.bool("tables", true), nbDir, (int) o.integer("evidence_per_feature", od.evidencePerFeature()),
                o.bool("raw_csv", false), cache(o, od.cache())));
    }

    /** {@code outputs.cache}: true (the default folder), false (none) or a folder (relative to the working directory). */
    private static org.framelab.app.AnalysisCache cache(Sec o, org.framelab.app.AnalysisCache def) throws InputException {
        Node n = o.node("cache");
        if (n == null || n.isNull()) return def;
        if (n.value() instanceof Boolean b) return b ? org.framelab.app.AnalysisCache.DEFAULT : org.framelab.app.AnalysisCache.OFF;
        if (n.isMap() || n.isList() || String.valueOf(n.value()).isBlank()) {
            throw o.err(n.line(), "'outputs.cache' must be true, false or a folder", "e.g. 'cache: false' or 'cache: .framelab-cache'");
        }
        return org.framelab.app.AnalysisCache.in(Path.of(String.valueOf(n.value())));
    }

    private static List<String> lower(List<String> l) {
        List<String> out = new ArrayList<>();
        for (String s : l) out.add(s.toLowerCase(Locale.ROOT));
        return out;
    }

    /** One mapping of the study file with its path prefix (e.g. {@code charts.}). */
    static final class Sec {
        final String file;
        final String prefix;
        final Node node;
        final Path base;

        Sec(String file, String prefix, Node node, Path base) {
            this.file = file;
            this.prefix = prefix;
            this.node = node;
            this.base = base;
        }

        Map<String, Node> map() {
            return node == null || node.isNull() ? Map.of() : node.map();
        }

        void requireMap() throws InputException {
            if (node != null && !node.isNull() && !node.isMap()) {
                throw err(node.line(), prefix.isEmpty() ? "the study file must be a mapping of keys (name:, corpus:, ...)"
                        : "'" + prefix.substring(0, prefix.length() - 1) + "' must be a mapping of keys");
            }
        }

        boolean has(String key) {
            return map().containsKey(key);
        }

        Node node(String key) {
            return map().get(key);
        }

        Sec section(String key, boolean required) throws InputException {
            Node n = node(key);
            if (n == null && required) {
                throw err(node == null ? -1 : node.line(), "missing key '" + prefix + key + "'",
                        key.equals("corpus") ? "add a 'corpus:' section with at least 'path:'" : "add it");
            }
            Sec s = new Sec(file, prefix + key + ".", n, base);
            s.requireMap();
            return s;
        }

        void checkKeys(List<String> known) throws InputException {
            for (Map.Entry<String, Node> e : map().entrySet()) {
                if (!known.contains(e.getKey())) {
                    String close = closest(e.getKey(), known);
                    throw err(e.getValue().line(), "unknown key '" + prefix + e.getKey() + "'",
                            (close != null ? "did you mean '" + close + "'? " : "") + "Known keys here: " + String.join(", ", known) + ".");
                }
            }
        }

        String str(String key) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return null;
            if (n.isMap() || n.isList()) throw err(n.line(), "'" + prefix + key + "' must be a single value", null);
            return String.valueOf(n.value());
        }

        List<String> strList(String key) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return List.of();
            if (n.isMap()) throw err(n.line(), "'" + prefix + key + "' must be a list, e.g. [a, b]", null);
            if (!n.isList()) return List.of(String.valueOf(n.value()));
            List<String> out = new ArrayList<>();
            for (Node x : n.list()) {
                if (x.isMap() || x.isList() || x.isNull()) throw err(x.line(), "'" + prefix + key + "' must list plain values", null);
                out.add(String.valueOf(x.value()));
            }
            return out;
        }

        long integer(String key, long def) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return def;
            Object v = n.value();
            if (v instanceof Number num && num.doubleValue() == Math.rint(num.doubleValue())) return num.longValue();
            throw err(n.line(), "'" + prefix + key + "' must be a whole number, not '" + render(v) + "'", null);
        }

        double dbl(String key, double def) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return def;
            if (n.value() instanceof Number num) return num.doubleValue();
            throw err(n.line(), "'" + prefix + key + "' must be a number, not '" + render(n.value()) + "'", null);
        }

        boolean bool(String key, boolean def) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return def;
            if (n.value() instanceof Boolean b) return b;
            throw err(n.line(), "'" + prefix + key + "' must be true or false, not '" + render(n.value()) + "'", null);
        }

        Path inputPath(String key, boolean required) throws InputException {
            String s = str(key);
            if (s == null || s.isBlank()) {
                if (required) throw err(node == null ? -1 : node.line(), "missing key '" + prefix + key + "'", "give the corpus file, relative to the study file");
                return null;
            }
            Path p = Path.of(s);
            return p.isAbsolute() || base == null ? p : base.resolve(p).normalize();
        }

        Path outputPath(String key) throws InputException {
            String s = str(key);
            if (s == null || s.isBlank()) throw err(node(key).line(), "'" + prefix + key + "' must be a folder", null);
            return Path.of(s);
        }

        Map<String, Path> pathMap(String key) throws InputException {
            Node n = node(key);
            if (n == null || n.isNull()) return Map.of();
            if (!n.isMap()) throw err(n.line(), "'" + prefix + key + "' must map names to files, e.g. 'mylex: lexicons/my.txt'", null);
            Map<String, Path> out = new LinkedHashMap<>();
            for (Map.Entry<String, Node> e : n.map().entrySet()) {
                Node v = e.getValue();
                if (v.isNull() || v.isMap() || v.isList()) throw err(v.line(), "'" + prefix + key + "." + e.getKey() + "' must be a file path", null);
                Path p = Path.of(String.valueOf(v.value()));
                out.put(e.getKey(), p.isAbsolute() || base == null ? p : base.resolve(p).normalize());
            }
            return out;
        }

        /** Runs a record constructor; its OptionException becomes an InputException naming the key and line. */
        <T> T build(Ctor<T> ctor) throws InputException {
            try {
                return ctor.get();
            } catch (OptionException e) {
                String msg = e.getMessage();
                String key = keyOf("Invalid " + e.key() + ":");
                Node n = key == null ? null : node(key);
                int line = n != null ? n.line() : node == null ? -1 : node.line();
                String where = n != null ? "'" + prefix + key + "': " : (prefix.isEmpty() ? "" : "in '" + prefix.substring(0, prefix.length() - 1) + "': ");
                throw err(line, where + msg, null);
            }
        }

        /** Finds which key of this section an option's key ("Invalid X: ...") is about. */
        String keyOf(String msg) {
            if (!msg.startsWith("Invalid ")) return null;
            int colon = msg.indexOf(':');
            if (colon < 0) return null;
            String thing = msg.substring(8, colon).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            Map<String, String> alias = Map.of("chart_type", "types", "chart_format", "formats", "study_name", "name",
                    "judgement_mapping", "item", "label", "label", "min_n", "min_n", "feature_family", "families",
                    "classifier", "name", "classifier_options", "options", "level", "agreement_level");
            String k = alias.getOrDefault(thing, thing);
            if (map().containsKey(k)) return k;
            for (String candidate : map().keySet()) if (candidate.replace("_", "").equals(k.replace("_", ""))) return candidate;
            return null;
        }

        InputException err(int line, String problem) {
            return err(line, problem, null);
        }

        InputException err(int line, String problem, String hint) {
            return new InputException(file + (line > 0 ? ", line " + line : "") + ": " + problem
                    + (hint == null ? "" : "\n  What to do: " + hint));
        }
    }

    /** A record constructor call that may read values (and so throw InputException). */
    @FunctionalInterface
    interface Ctor<T> {
        T get() throws InputException;
    }

    private static String render(Object v) {
        return v instanceof Map || v instanceof List ? "a nested section" : String.valueOf(v);
    }

    static String closest(String key, List<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(Locale.ROOT), k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return bestD <= Math.max(2, key.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
