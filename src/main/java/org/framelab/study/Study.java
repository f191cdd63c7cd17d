package org.framelab.study;

import org.framelab.util.OptionException;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A study: everything {@code ./framelab run} needs, validated. Maps one to one onto the sections of
 * a study file (see {@link StudyFile} and docs/output.md). Paths are resolved against the folder of
 * the study file.
 *
 * @param name       study name: the output folder {@code reports/<name>} and {@code notebooks-export/<name>.ipynb}
 * @param seed       seed for everything random (folds, bootstrap)
 * @param corpus     the corpus file and its field mapping
 * @param features   feature families, lexicons, actors, n-gram settings
 * @param analysis   grouping fields, tests, monthly series
 * @param classifier classifier evaluation, or null for none
 * @param charts     chart types, formats and sizes
 * @param outputs    what to write where
 * @param validation the span validation ({@code validation:}), or null for none
 */
public record Study(String name, long seed, CorpusSection corpus, FeatureSection features, AnalysisSection analysis,
                    ClassifierSection classifier, ChartSection charts, OutputSection outputs, ValidationSection validation) {
    /** Without a span validation. */
    public Study(String name, long seed, CorpusSection corpus, FeatureSection features, AnalysisSection analysis,
                 ClassifierSection classifier, ChartSection charts, OutputSection outputs) {
        this(name, seed, corpus, features, analysis, classifier, charts, outputs, null);
    }

    /** The same study with other outputs (the CLI's --output, --no-notebook, --cache). */
    public Study withOutputs(OutputSection o) {
        return new Study(name, seed, corpus, features, analysis, classifier, charts, o, validation);
    }

    /**
     * The span validation of the study file's {@code validation:} section: the study's feature families
     * against human span annotations, as {@code framelab validate} computes them (docs/validate.md).
     *
     * @param spans     a stand-off span file (id, begin, end, label[, annotator]), or null
     * @param spanWords the field listing each text's annotated words (BABE's biased_words), or null; with
     *                  neither, a known word-list field of the corpus is used
     * @param label     only spans with this label, or null for all
     * @param bootstrap bootstrap resamples for the 95% intervals (0 = none)
     * @param seed      seed of the bootstrap, or null for the study's ({@code validation.seed}; the desktop
     *                  application writes it when its Validate view used another seed than the study's)
     */
    public record ValidationSection(Path spans, String spanWords, String label, int bootstrap, Long seed) {
        /** With the study's seed. */
        public ValidationSection(Path spans, String spanWords, String label, int bootstrap) {
            this(spans, spanWords, label, bootstrap, null);
        }

        public ValidationSection {
            if (bootstrap < 0 || bootstrap > 100_000) throw new OptionException("bootstrap", "" + bootstrap + " (0..100000)");
            if (spanWords != null && spanWords.isBlank()) spanWords = null;
            if (label != null && label.isBlank()) label = null;
        }
    }
    /** The seed of the group tests' permutations and the agreement bootstrap: {@code analysis.seed}, else the study's. */
    public long analysisSeed() {
        return analysis.seed() != null ? analysis.seed() : seed;
    }

    /** The seed of the span validation's bootstrap: {@code validation.seed}, else the study's. */
    public long validationSeed() {
        return validation != null && validation.seed() != null ? validation.seed() : seed;
    }

    public Study {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            throw new OptionException("study name", "'" + name + "' (letters, digits, _ . - ; it names the output folder)");
        }
        Objects.requireNonNull(corpus, "corpus");
        if (features == null) features = FeatureSection.defaults();
        if (analysis == null) analysis = AnalysisSection.defaults();
        if (charts == null) charts = ChartSection.defaults();
        if (outputs == null) outputs = OutputSection.defaults();
    }

    /**
     * @param path      corpus file or folder
     * @param id        id field (null = auto-detect), likewise text/title/outlet/date
     * @param dateFormat how the date field's values are read (corpus.date_format: dmy, mdy, ymd or a pattern; null = not given)
     * @param labels    label fields
     * @param item      judgement-level data: item field
     * @param annotator judgement-level data: annotator field
     * @param encoding  null = detect
     * @param delimiter null = detect; one character or "tab"
     * @param sheet     xlsx sheet name or number
     * @param skipBad   skip (and count) bad rows instead of stopping
     * @param limit     read at most this many articles (0 = all)
     */
    public record CorpusSection(Path path, String id, String text, String title, List<String> labels, String outlet,
                                String date, String dateFormat, String item, String annotator, String encoding, String delimiter,
                                String sheet, boolean skipBad, long limit, Path outletLabels) {
        /** Without a table of labels per outlet. */
        public CorpusSection(Path path, String id, String text, String title, List<String> labels, String outlet,
                             String date, String dateFormat, String item, String annotator, String encoding, String delimiter,
                             String sheet, boolean skipBad, long limit) {
            this(path, id, text, title, labels, outlet, date, dateFormat, item, annotator, encoding, delimiter, sheet, skipBad, limit, null);
        }

        /** The same section joining labels per outlet from {@code file} (study file: {@code corpus.outlet_labels}). */
        public CorpusSection withOutletLabels(Path file) {
            return new CorpusSection(path, id, text, title, labels, outlet, date, dateFormat, item, annotator, encoding, delimiter, sheet, skipBad,
                    limit, file);
        }

        public CorpusSection {
            dateFormat = org.framelab.corpus.DateOrder.parse(dateFormat).text(); // OptionException "date_format" names the key
            Objects.requireNonNull(path, "path");
            labels = labels == null ? List.of() : List.copyOf(labels);
            if (limit < 0) throw new OptionException("limit", "" + limit + " (0 = all)");
            if (delimiter != null && !delimiter.equalsIgnoreCase("tab") && delimiter.length() != 1) {
                throw new OptionException("delimiter", "'" + delimiter + "' (one character, or 'tab')");
            }
            if ((item == null) != (annotator == null)) {
                throw new OptionException("judgement mapping", "give both item and annotator, or neither");
            }
        }

        public static CorpusSection of(Path path) {
            return new CorpusSection(path, null, null, null, List.of(), null, null, null, null, null, null, null, null, false, 0);
        }
    }

    /**
     * @param families  feature families or groups ({@code framing}, {@code ngrams}, {@code attribution}, ...)
     * @param lexicons  user lexicons: name to file
     * @param actors    actors to track, {@code Name} or {@code Name=alias|alias}
     * @param ngrams    n-gram settings
     */
    public record FeatureSection(List<String> families, Map<String, Path> lexicons, List<String> actors, org.framelab.features.NgramOptions ngrams) {
        public FeatureSection {
            families = families == null || families.isEmpty() ? List.of("framing") : List.copyOf(families);
            lexicons = lexicons == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(lexicons));
            actors = actors == null ? List.of() : List.copyOf(actors);
            if (ngrams == null) ngrams = org.framelab.features.NgramOptions.defaults();
        }

        public static FeatureSection defaults() {
            return new FeatureSection(List.of("framing"), Map.of(), List.of(), org.framelab.features.NgramOptions.defaults());
        }
    }


    /**
     * @param groupBy    grouping fields for descriptives, tests and charts (outlet, a label field, or year/month/...)
     * @param features   the feature columns to test; empty = every non-n-gram column
     * @param alpha      significance level
     * @param correction {@code holm} or {@code bh}: which corrected p decides "significant"
     * @param monthly    compute monthly series (needs dates)
     * @param minMonthN  months with fewer articles than this are left out of the charts
     * @param clusterBy  the field whose values cluster the articles (tests on outlet means, permutation, ICC, mixed
     *                   model); null = the outlet when the articles have one; {@code none} = no cluster-aware tests
     * @param seed       seed of the Monte Carlo permutation tests and of the agreement bootstrap, or null for the
     *                   study's ({@code analysis.seed}; the desktop application writes it when its Compare and
     *                   Agreement views used another seed than the study's)
     * @param agreementFields the coded fields whose inter-annotator agreement is measured (judgement-level
     *                   corpora); empty = every coded field ({@code agreement_fields})
     * @param agreementLevel  their level of measurement: nominal (default), ordinal or interval ({@code agreement_level})
     * @param agreementPerField the level (and order) of single fields where it differs ({@code agreement_level} as a
     *                   mapping of field to level, {@code agreement_order}); fields not named have {@code agreementLevel}
     * @param groups     per grouping field, the groups compared (at least 2, as the data spells them); a field not
     *                   listed compares every group ({@code groups}: a list with one {@code group_by} field, else a
     *                   mapping field: [values])
     */
    public record AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction,
                                  boolean monthly, int minMonthN, String clusterBy, Long seed, List<String> agreementFields,
                                  String agreementLevel, org.framelab.app.AgreementLevels agreementPerField,
                                  Map<String, List<String>> groups) {
        /** Every agreement field at {@code agreementLevel}, every group compared. */
        public AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction, boolean monthly, int minMonthN,
                               String clusterBy, Long seed, List<String> agreementFields, String agreementLevel) {
            this(groupBy, features, alpha, correction, monthly, minMonthN, clusterBy, seed, agreementFields, agreementLevel, null, Map.of());
        }

        /** Every agreement field at {@code agreementLevel}. */
        public AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction, boolean monthly, int minMonthN,
                               String clusterBy, Long seed, List<String> agreementFields, String agreementLevel, Map<String, List<String>> groups) {
            this(groupBy, features, alpha, correction, monthly, minMonthN, clusterBy, seed, agreementFields, agreementLevel, null, groups);
        }

        /** The groups compared for {@code groupField} (empty: every group). */
        public List<String> groupsOf(String groupField) {
            return groups.getOrDefault(groupField, List.of());
        }

        /** Agreement on every coded field at the nominal level. */
        public AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction, boolean monthly, int minMonthN,
                               String clusterBy, Long seed) {
            this(groupBy, features, alpha, correction, monthly, minMonthN, clusterBy, seed, List.of(), null);
        }

        public AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction, boolean monthly, int minMonthN) {
            this(groupBy, features, alpha, correction, monthly, minMonthN, null);
        }

        /** With the study's seed. */
        public AnalysisSection(List<String> groupBy, List<String> features, double alpha, String correction, boolean monthly, int minMonthN,
                               String clusterBy) {
            this(groupBy, features, alpha, correction, monthly, minMonthN, clusterBy, null);
        }

        public AnalysisSection {
            clusterBy = clusterBy == null || clusterBy.isBlank() ? null : clusterBy.strip();
            groupBy = groupBy == null ? List.of() : List.copyOf(groupBy);
            features = features == null ? List.of() : List.copyOf(features);
            if (!(alpha > 0 && alpha < 1)) throw new OptionException("alpha", "" + alpha + " (between 0 and 1, e.g. 0.05)");
            correction = correction == null ? "holm" : correction.toLowerCase(Locale.ROOT);
            if (!correction.equals("holm") && !correction.equals("bh")) {
                throw new OptionException("correction", "" + correction + " (holm or bh)");
            }
            if (minMonthN < 1) throw new OptionException("min_month_n", "" + minMonthN + " (at least 1)");
            agreementFields = agreementFields == null ? List.of() : List.copyOf(agreementFields);
            java.util.Map<String, List<String>> g = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, List<String>> e : groups == null ? Map.<String, List<String>>of().entrySet() : groups.entrySet()) {
                String f = e.getKey();
                if (!groupBy.contains(f)) throw new OptionException("groups", f, "not a field of group_by (" + String.join(", ", groupBy) + ")");
                List<String> v = e.getValue() == null ? List.of() : e.getValue().stream().map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
                if (v.size() == 1) throw new OptionException("groups", String.join(", ", v), "name at least 2 groups of " + f + ", or none for all");
                if (!v.isEmpty()) g.put(f, v);
            }
            groups = java.util.Collections.unmodifiableMap(g);
            agreementLevel = agreementLevel == null || agreementLevel.isBlank() ? "nominal"
                    : org.framelab.stats.MeasurementLevel.parse(agreementLevel).name().toLowerCase(Locale.ROOT);
            agreementPerField = agreementPerField == null ? org.framelab.app.AgreementLevels.none() : agreementPerField;
        }

        /**
         * Months of a group with fewer articles than this are left out of the monthly charts, unless a study gives
         * {@code min_month_n}: the value of {@code report}, the desktop application's charts and its exports.
         */
        public static final int DEFAULT_MIN_MONTH_N = 5;

        public static AnalysisSection defaults() {
            return new AnalysisSection(List.of(), List.of(), 0.05, "holm", true, DEFAULT_MIN_MONTH_N);
        }
    }

    /**
     * @param label      label field to predict
     * @param name       classifier alias or Weka class ({@code linear}, {@code nbm}, {@code rf}, ...)
     * @param options    Weka options
     * @param protocol   {@code grouped} (whole groups, e.g. outlets, held out) or {@code stratified}
     * @param groupField the field whose values are kept apart by {@code grouped} (default outlet)
     * @param folds      number of folds (2..20)
     * @param ablation   also evaluate each feature family alone and without it
     * @param bootstrap  bootstrap resamples for confidence intervals
     * @param features   feature families for the classifier; empty = the study's families
     * @param dedupe     drop test articles that duplicate a training article of their fold from the test side ({@code dedupe})
     * @param excludeLabels label values whose articles are left out of the classification, counted ({@code exclude_labels};
     *                   {@code train --exclude-label}, e.g. BABE's "No agreement")
     * @param mergeOutletVariants with the grouped protocol: names that are variants of one outlet ("Fox News", "Fox Online News")
     *                   form one group ({@code merge_outlet_variants}; {@code --merge-outlet-variants})
     */
    public record ClassifierSection(String label, String name, String options, String protocol, String groupField,
                                    int folds, boolean ablation, int bootstrap, List<String> features, boolean dedupe,
                                    List<String> excludeLabels, boolean mergeOutletVariants) {
        /** Keeping outlet name variants as separate groups. */
        public ClassifierSection(String label, String name, String options, String protocol, String groupField, int folds,
                                 boolean ablation, int bootstrap, List<String> features, boolean dedupe, List<String> excludeLabels) {
            this(label, name, options, protocol, groupField, folds, ablation, bootstrap, features, dedupe, excludeLabels, false);
        }

        /** Leaving no label value out. */
        public ClassifierSection(String label, String name, String options, String protocol, String groupField, int folds,
                                 boolean ablation, int bootstrap, List<String> features, boolean dedupe) {
            this(label, name, options, protocol, groupField, folds, ablation, bootstrap, features, dedupe, List.of());
        }

        /** Without dropping overlapping test articles. */
        public ClassifierSection(String label, String name, String options, String protocol, String groupField, int folds,
                                 boolean ablation, int bootstrap, List<String> features) {
            this(label, name, options, protocol, groupField, folds, ablation, bootstrap, features, false);
        }

        public ClassifierSection {
            if (label == null || label.isBlank()) throw new OptionException("label", "give the label field to predict");
            name = name == null || name.isBlank() ? "linear" : name;
            options = options == null ? "" : options;
            protocol = protocol == null ? "grouped" : protocol.toLowerCase(Locale.ROOT);
            if (!protocol.equals("grouped") && !protocol.equals("stratified")) {
                throw new OptionException("protocol", "" + protocol + " (grouped or stratified)");
            }
            groupField = groupField == null || groupField.isBlank() ? "outlet" : groupField;
            if (folds < 2 || folds > 20) throw new OptionException("folds", "" + folds + " (2..20)");
            if (bootstrap < 0 || bootstrap > 100_000) throw new OptionException("bootstrap", "" + bootstrap + " (0..100000)");
            features = features == null ? List.of() : List.copyOf(features);
            excludeLabels = excludeLabels == null ? List.of() : List.copyOf(excludeLabels);
            if (mergeOutletVariants && !protocol.equals("grouped")) {
                throw new OptionException("merge_outlet_variants", true, "applies to the grouped protocol, not to stratified folds");
            }
        }
    }

    /**
     * @param types       chart types to draw: means, box, monthly, terms, confusion, roc, features, ablation
     * @param formats     png, svg, pdf
     * @param dpi         PNG resolution
     * @param width       width in points (1/72 inch)
     * @param height      height in points
     * @param features    features shown in the means/box/monthly charts; empty = the most significant ones
     * @param maxFeatures how many features the means chart shows when {@code features} is empty
     * @param topTerms    terms per terms chart
     * @param maxGroups   groups shown in a chart (the largest); tables keep all
     */
    public record ChartSection(List<String> types, List<String> formats, int dpi, double width, double height,
                               List<String> features, int maxFeatures, int topTerms, int maxGroups) {
        public static final List<String> TYPES = List.of("means", "box", "monthly", "terms", "confusion", "roc", "features", "ablation");

        public ChartSection {
            types = types == null || types.isEmpty() ? TYPES : List.copyOf(types);
            for (String t : types) if (!TYPES.contains(t)) throw new OptionException("chart type", "" + t + " (" + String.join(", ", TYPES) + ")");
            formats = formats == null || formats.isEmpty() ? List.of("png", "svg", "pdf") : List.copyOf(formats);
            for (String f : formats) if (!List.of("png", "svg", "pdf").contains(f)) throw new OptionException("chart format", "" + f + " (png, svg, pdf)");
            if (dpi < 72 || dpi > 1200) throw new OptionException("dpi", "" + dpi + " (72..1200)");
            if (!(width >= 140 && width <= 2000)) throw new OptionException("width", "" + width + " (140..2000 points)");
            if (!(height >= 150 && height <= 2000)) throw new OptionException("height", "" + height + " (150..2000 points)");
            features = features == null ? List.of() : List.copyOf(features);
            if (maxFeatures < 1 || maxFeatures > 40) throw new OptionException("max_features", "" + maxFeatures + " (1..40)");
            if (topTerms < 1 || topTerms > 50) throw new OptionException("top_terms", "" + topTerms + " (1..50)");
            if (maxGroups < 1 || maxGroups > 30) throw new OptionException("max_groups", "" + maxGroups + " (1..30)");
        }

        public static ChartSection defaults() {
            return new ChartSection(TYPES, List.of("png", "svg", "pdf"), 200, 468, 300, List.of(), 8, 15, 10);
        }

        /**
         * The default height for a width in points: 300, or 3/4 of a narrower width (at least 150), so a
         * single-column figure is not taller than it needs; charts with rows take the height of their rows.
         */
        public static double defaultHeight(double width) {
            return Math.min(300, Math.max(150, Math.round(width * 0.75)));
        }
    }

    /**
     * @param dir                folder that receives {@code <name>/} (default {@code reports} in the working directory)
     * @param workbook           write {@code <name>.xlsx}
     * @param tables             write the CSV tables
     * @param notebookDir        folder for {@code <name>.ipynb} and its tables, or null for no notebook
     * @param evidencePerFeature sample evidence spans per feature in the Evidence sheet
     * @param rawCsv             CSV text cells as they are: no neutralising of formula-like text ({@code raw_csv})
     * @param cache              where the classifier's article analyses are kept between runs ({@code cache}); a study
     *                           file uses the default folder unless it says {@code cache: false} or a folder
     */
    public record OutputSection(Path dir, boolean workbook, boolean tables, Path notebookDir, int evidencePerFeature,
                                boolean rawCsv, org.framelab.app.AnalysisCache cache) {
        /** Without a cache. */
        public OutputSection(Path dir, boolean workbook, boolean tables, Path notebookDir, int evidencePerFeature) {
            this(dir, workbook, tables, notebookDir, evidencePerFeature, false, null);
        }

        /** Without a cache. */
        public OutputSection(Path dir, boolean workbook, boolean tables, Path notebookDir, int evidencePerFeature, boolean rawCsv) {
            this(dir, workbook, tables, notebookDir, evidencePerFeature, rawCsv, null);
        }

        public OutputSection {
            if (cache == null) cache = org.framelab.app.AnalysisCache.OFF;
            if (dir == null) dir = Path.of("reports");
            if (evidencePerFeature < 0 || evidencePerFeature > 1000) {
                throw new OptionException("evidence_per_feature", "" + evidencePerFeature + " (0..1000)");
            }
        }

        public static OutputSection defaults() {
            return new OutputSection(Path.of("reports"), true, true, Path.of("notebooks-export"), 5, false,
                    org.framelab.app.AnalysisCache.DEFAULT);
        }
    }
}
