package org.framelab.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.framelab.util.AtomicFiles;
import org.framelab.util.AtomicFolder;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Exports a study as a Jupyter notebook (nbformat 4.5): {@code <dir>/<study>.ipynb} plus the CSV
 * tables it reads in {@code <dir>/<study>/}. The notebook explains each step in markdown, loads the
 * tables with pandas and redraws the main charts with matplotlib (same Okabe–Ito palette, markers
 * and dash patterns as the FrameLab figures), so an analysis can continue in Python.
 */
public final class NotebookExport {
    private NotebookExport() {}

    /**
     * Writes the notebook and its tables; returns the notebook path.
     *
     * @param features the features the main charts show (in order); empty = the first few of the Groups table
     */
    public static Path write(ReportData d, Path dir, List<String> features) throws IOException {
        return write(d, dir, features, false);
    }

    /**
     * {@code rawCsv}: the tables' text cells as they are (no formula neutralising, see {@link CsvTables}).
     * The tables folder is built beside its final place and swapped in whole ({@link AtomicFolder}), then
     * the {@code .ipynb} replaces the previous one ({@link AtomicFiles}); a kill between the two leaves the
     * new tables beside the previous notebook, both complete.
     */
    public static Path write(ReportData d, Path dir, List<String> features, boolean rawCsv) throws IOException {
        return write(d, dir, features, rawCsv, null);
    }

    /**
     * The same; {@code written}: the tables {@link CsvTables#write} already wrote for this {@code d} and {@code rawCsv}
     * (the report's {@code tables/}), copied instead of written again (null: write them).
     */
    public static Path write(ReportData d, Path dir, List<String> features, boolean rawCsv, List<Path> written) throws IOException {
        Path tables = dir.resolve(d.study());
        Path nb = dir.resolve(d.study() + ".ipynb");
        String json = json(d, features);
        Path work = AtomicFolder.begin(tables, NotebookExport::isTablesFolder, "a folder of notebook tables (only .csv files and the paper tables " + String.join(", ", PaperTables.FILES) + ")");
        boolean committed = false;
        try {
            if (written == null) CsvTables.write(d, work, rawCsv);
            else for (Path p : written) Files.copy(p, work.resolve(p.getFileName().toString()));
            AtomicFolder.commit(work, tables);
            committed = true;
        } finally {
            if (!committed) AtomicFolder.abort(work);
        }
        AtomicFiles.writeString(nb, json);
        return nb;
    }

    /**
     * Whether an existing folder holds only the tables an earlier export wrote (CSV files and the paper tables
     * {@link PaperTables#FILES}), so it may be replaced.
     */
    static boolean isTablesFolder(Path dir) {
        try (var s = Files.list(dir)) {
            return s.allMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    && (p.getFileName().toString().endsWith(".csv") || PaperTables.FILES.contains(p.getFileName().toString())));
        } catch (IOException e) {
            return false;
        }
    }

    static String json(ReportData d, List<String> features) throws IOException {
        List<String> feats = new ArrayList<>(features);
        if (feats.isEmpty()) {
            for (var g : d.groups()) {
                if (!feats.contains(g.feature())) feats.add(g.feature());
                if (feats.size() == 6) break;
            }
        }
        String groupField = d.groups().isEmpty() ? "" : d.groups().get(0).groupField();
        Cells c = new Cells();
        intro(c, d);
        groupsAndTests(c, d, feats, groupField);
        termsAndEvidence(c, d);
        modelAndAgreement(c, d);
        c.md("## Continue here\n\nAll tables are pandas DataFrames now: `articles`, " + (d.ngrams().isEmpty() ? "" : "`ngrams`, ")
                + "`groups`, `tests`, `monthly`, `terms`, `evidence`" + (d.model() != null ? ", `metrics`, `per_class`, `importance`, `ablation`" : "")
                + ". For example, fit your own regression on `articles`, or filter `evidence` to read the spans behind a "
                + "surprising number.");
        ObjectNode root = M.createObjectNode();
        root.set("cells", c.cells);
        ObjectNode meta = root.putObject("metadata");
        ObjectNode ks = meta.putObject("kernelspec");
        ks.put("display_name", "Python 3");
        ks.put("language", "python");
        ks.put("name", "python3");
        meta.putObject("language_info").put("name", "python");
        meta.putObject("framelab").put("study", d.study()).put("version", Runtime2.version());
        root.put("nbformat", 4);
        root.put("nbformat_minor", 5);
        return M.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Title, imports and the articles and columns tables. */
    private static void intro(Cells c, ReportData d) {
        c.md("# FrameLab study: " + d.study() + "\n\n"
                + "This notebook was exported by FrameLab " + Runtime2.version() + ". It reads the tables FrameLab wrote to `"
                + d.study() + "/` (beside this notebook) and redraws the main charts, so you can continue the analysis in "
                + "Python. Every table is a plain CSV file; `columns.csv` documents each feature column (definition, unit, "
                + "source). Re-running `./framelab run` regenerates the tables with identical numbers.");
        c.code("""
                from pathlib import Path
                import pandas as pd
                import matplotlib
                import matplotlib.pyplot as plt

                DATA = Path(@STUDY@)
                # Okabe-Ito colour-blind-safe palette, plus markers and dash patterns that survive grey print
                OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"]
                MARKERS = ["o", "s", "^", "D", "v", "P"]
                DASHES = ["-", "--", ":", "-."]
                plt.rcParams.update({
                    "figure.dpi": 100, "font.family": "DejaVu Sans", "font.size": 10,
                    "axes.spines.top": False, "axes.spines.right": False,
                    "axes.grid": True, "grid.color": "#dddddd", "grid.linewidth": 0.6,
                    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
                })

                def read(name):
                    \"\"\"Reads one FrameLab table; empty cells are missing values, text such as 'NA' stays text.\"\"\"
                    return pd.read_csv(DATA / name, keep_default_na=False, na_values=[""])
                """.replace("@STUDY@", py(d.study())));
        c.md("## 1. Articles and feature columns\n\n`articles.csv` has one row per article: its id, outlet, date, "
                + "labels and one column per framing feature. An empty cell is a missing value, not 0: a ratio or rate whose "
                + "denominator is 0 (the said-ratio of a text without reporting verbs); `read` makes it NaN, which pandas "
                + "leaves out of means (do not `fillna(0)`). `columns.csv` says what each feature column measures "
                + "(`computed_as`, `missing_when` for ratios)"
                + (d.ngrams().isEmpty() ? "." : "; its row `ngram:TERM` stands for the n-gram columns, which `ngrams.csv` "
                + "summarises (one row per n-gram of the vocabulary: articles, IDF, total, mean, maximum). Per-article n-gram "
                + "values are not in the report: `framelab features --families ngrams` writes them."));
        c.code("""
                articles = read("articles.csv")
                columns = read("columns.csv")
                framing = columns[columns.column != "ngram:TERM"]
                # readable labels for charts ("Hedges per 1,000 tokens"); the ids stay the column names
                LABELS = dict(zip(columns["column"], columns["label"])) if "label" in columns else {}

                def label(column):
                    return LABELS.get(column, column)
                print(f"{len(articles)} articles, {len(framing)} feature columns")
                articles.head()
                """);
        c.code("columns.head(20)\n");
        if (!d.ngrams().isEmpty()) {
            c.code("""
                    ngrams = read("ngrams.csv")
                    print(f"{len(ngrams)} n-grams in the vocabulary")
                    ngrams.head(20)
                    """);
        }
    }

    /** Means by group with their chart, the tests and the monthly series. */
    private static void groupsAndTests(Cells c, ReportData d, List<String> feats, String groupField) {
        c.md("## 2. Feature means by group\n\n`groups.csv` has, per feature and group, n, mean, SD, median, quartiles "
                + "and the 95% confidence interval of the mean (t distribution). The chart shows the means with their "
                + "intervals for the study's main features by `" + groupField + "`; change `GROUP_FIELD` to see another grouping.");
        c.code("""
                groups = read("groups.csv")
                FEATURES = @FEATURES@
                GROUP_FIELD = @GROUP_FIELD@
                sub = groups[groups.feature.isin(FEATURES) & (groups.group_field == GROUP_FIELD)]
                # one panel per feature (small multiples), one row per group sorted by the first panel's mean, n in the label
                shown = [f for f in FEATURES if (sub.feature == f).any()]
                first = sub[sub.feature == shown[0]].sort_values("mean", ascending=False) if shown else sub
                order = list(dict.fromkeys(list(first["group"]) + list(sub["group"])))
                ncols = 2 if len(shown) > 1 else 1
                nrows = max(1, -(-len(shown) // ncols))
                fig, axes = plt.subplots(nrows, ncols, figsize=(7, nrows * (0.32 * len(order) + 1.3)), squeeze=False)
                for ax, f in zip(axes.flat, shown):
                    fd = sub[sub.feature == f].set_index("group").reindex(order)
                    y = list(range(len(order)))
                    ax.errorbar(fd["mean"], y, xerr=[fd["mean"] - fd["ci_low"], fd["ci_high"] - fd["mean"]], fmt="o",
                                color=OKABE_ITO[0], capsize=3)  # undefined means (NaN) are not drawn
                    ax.set_yticks(y)
                    ax.set_yticklabels([f"{g} (n = {int(n):,})" if n == n else str(g) for g, n in zip(order, fd["n"])])
                    ax.invert_yaxis()
                    ax.set_title(label(f), loc="left", fontsize=10)
                for ax in list(axes.flat)[len(shown):]:
                    ax.set_visible(False)
                fig.suptitle(f"Means by {GROUP_FIELD} with 95% confidence intervals")
                fig.tight_layout()
                plt.show()
                """.replace("@FEATURES@", pyList(feats)).replace("@GROUP_FIELD@", py(groupField)));
        if (!d.pooled().isEmpty()) {
            c.md("`pooled-ratios.csv` has, per ratio feature and group, the pooled ratio: the sum of the numerators over the "
                    + "sum of the denominators of the group's articles (x 1000 for rates), with a 95% CI from the linearised "
                    + "ratio-estimator variance over articles (Cochran 1977, ch. 6). `groups.csv` has the mean of the "
                    + "per-article values instead, with `n` the articles with a value and `missing` those left out.");
            c.code("""
                    pooled = read("pooled-ratios.csv")
                    pooled[pooled.feature.isin(FEATURES)]
                    """);
        }
        c.md("## 3. Tests\n\n`tests.csv` has one row per feature and test: the statistic, the p-value, the Holm and "
                + "Benjamini-Hochberg corrected p-values (across all features tested) and an effect size. "
                + "`significant` applies the study's alpha and correction. `level` says what the test takes as independent: "
                + "`article`, or, when the articles are clustered in outlets, `cluster` (tests on outlet means, cluster "
                + "permutation; the grouping is constant within outlets) or `mixed` (mixed model, cluster-robust; it varies "
                + "within outlets). Where a grouping has cluster-aware rows, those are the valid tests and the article-level "
                + "rows are for reference only (`design.csv` has the warning, `icc.csv` the intraclass correlations). "
                + "The smallest corrected p-values first, cluster-aware rows before article-level ones:");
        c.code("""
                tests = read("tests.csv")
                if "level" in tests:
                    tests["article_level"] = tests["level"] == "article"
                    tests = tests.sort_values(["group_field", "article_level", "p_holm", "feature"]).drop(columns="article_level")
                else:
                    tests = tests.sort_values(["p_holm", "feature"])
                for warning in (read("design.csv")["warning"] if (DATA / "design.csv").exists() else []):
                    print("WARNING:", warning)
                tests.head(20)
                """);
        c.md("## 4. Framing over time\n\n`monthly.csv` has the mean of each charted feature per group and calendar "
                + "month (`n` articles). Months with few articles are noisy; the FrameLab chart leaves out months "
                + "below the study's minimum.");
        c.code("""
                monthly = read("monthly.csv")
                if len(monthly) == 0:
                    print("No dated articles: no monthly series.")
                for feature, fd in monthly.groupby("feature", sort=False):
                    fig, ax = plt.subplots(figsize=(7, 3.2))
                    for i, (g, gd) in enumerate(fd.groupby("group", sort=False)):
                        gd = gd.dropna(subset=["mean"])
                        if len(gd) == 0:
                            continue
                        x = pd.to_datetime(gd["month"])
                        line, = ax.plot(x, gd["mean"], marker=MARKERS[i % len(MARKERS)], linestyle=DASHES[i % len(DASHES)])
                        # the group named at the end of its line, no legend to look up
                        ax.annotate(str(g), (x.iloc[-1], gd["mean"].iloc[-1]), xytext=(5, 0), textcoords="offset points",
                                    va="center", color=line.get_color())
                    ax.set_title(f"{label(feature)}: monthly means", loc="left")
                    ax.set_ylabel(label(feature))
                    fig.autofmt_xdate()
                    fig.tight_layout()
                    plt.show()
                """);
    }

    /** Term counts and evidence spans. */
    private static void termsAndEvidence(Cells c, ReportData d) {
        c.md("## 5. Terms\n\n`terms.csv` counts scare-quoted terms, attribution verbs and other counted terms in each "
                + "group's articles; `per_100_articles` normalises by group size so groups of different sizes compare.");
        c.code("""
                terms = read("terms.csv")
                for family, fd in terms.groupby("family", sort=False):
                    top = fd.groupby("term")["count"].sum().sort_values(ascending=False).head(12).index.tolist()
                    wide = fd[fd.term.isin(top)].pivot_table(index="term", columns="group", values="per_100_articles",
                                                             aggfunc="sum", fill_value=0).reindex(top)
                    wide = wide[wide.sum().sort_values(ascending=False).index]  # groups by their total rate
                    # heat map: terms x groups, the rate per 100 articles printed in each cell
                    fig, ax = plt.subplots(figsize=(0.75 * len(wide.columns) + 2.5, 0.35 * len(top) + 2.2))
                    ax.imshow(wide.values, cmap="Blues", aspect="auto")
                    vmax = wide.values.max() or 1
                    for i in range(wide.shape[0]):
                        for j in range(wide.shape[1]):
                            v = wide.values[i, j]
                            ax.text(j, i, f"{v:.1f}" if v < 10 else f"{v:.0f}", ha="center", va="center", fontsize=8,
                                    color="white" if v / vmax > 0.55 else "#222222")
                    ax.set_xticks(range(wide.shape[1]))
                    ax.set_xticklabels(wide.columns, rotation=90)
                    ax.set_yticks(range(wide.shape[0]))
                    ax.set_yticklabels(wide.index)
                    ax.grid(False)
                    ax.set_title(f"{family}: occurrences per 100 articles", loc="left")
                    plt.tight_layout()
                    plt.show()
                """);
        c.md("## 6. Evidence\n\n`evidence.csv` lists sample spans where each feature fired (article id, character "
                + "offsets into the text, the matched text and its context), to check that a feature measures what it should.");
        c.code("""
                evidence = read("evidence.csv")
                evidence.head(20)
                """);
    }

    /** Classifier evaluation and inter-annotator agreement, when the study has them. */
    private static void modelAndAgreement(Cells c, ReportData d) {
        if (d.model() != null) {
            c.md("## 7. Classifier\n\nCross-validated evaluation (" + d.model().protocol() + "): metrics with 95% "
                    + "intervals, per-class scores and the confusion matrix (rows: true label, columns: predicted).");
            c.code("""
                    metrics = read("model_metrics.csv")
                    per_class = read("model_per_class.csv")
                    display(metrics)
                    display(per_class)
                    """);
            c.code("""
                    cm = read("model_confusion.csv").set_index("true_label")
                    share = cm.div(cm.sum(axis=1).where(lambda s: s > 0, 1), axis=0)
                    fig, ax = plt.subplots(figsize=(1.2 * len(cm) + 2.5, 1.0 * len(cm) + 1.5))
                    im = ax.imshow(share.values, cmap="Blues", vmin=0, vmax=1)
                    ax.grid(False)
                    ax.set_xticks(range(len(cm.columns)))
                    ax.set_xticklabels(cm.columns)
                    ax.set_yticks(range(len(cm.index)))
                    ax.set_yticklabels(cm.index)
                    for i in range(len(cm.index)):
                        for j in range(len(cm.columns)):
                            ax.text(j, i, f"{cm.values[i, j]}\\n{share.values[i, j]:.1%}", ha="center", va="center",
                                    color="white" if share.values[i, j] > 0.55 else "black")
                    ax.set_xlabel("Predicted label")
                    ax.set_ylabel("True label")
                    fig.colorbar(im, ax=ax, label="Share of true class")
                    fig.tight_layout()
                    plt.show()
                    """);
            c.md("Feature importance and ablation: which features and families carry the signal.");
            c.code("""
                    importance = read("importance.csv")
                    ablation = read("ablation.csv")
                    display(importance.reindex(importance["importance"].abs().sort_values(ascending=False).index).head(20))
                    if len(ablation):
                        fig, ax = plt.subplots(figsize=(7, 0.45 * len(ablation) + 1.4))
                        err = [ablation["macro_f1"] - ablation["ci_low"], ablation["ci_high"] - ablation["macro_f1"]]
                        ax.barh(ablation["feature_set"], ablation["macro_f1"], xerr=err, color=OKABE_ITO[0], capsize=3)
                        ax.invert_yaxis()
                        ax.set_xlabel("Macro-F1 (95% interval)")
                        fig.tight_layout()
                        plt.show()
                    """);
        }
        if (!d.agreement().isEmpty()) {
            c.md("## 8. Inter-annotator agreement\n\n`agreement.csv`: agreement per coded variable and measure "
                    + "(percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha with a bootstrap interval).");
            c.code("read(\"agreement.csv\")\n");
        }
    }

    private static final ObjectMapper M = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private static final class Cells {
        final ArrayNode cells = M.createArrayNode();
        int n;

        void md(String text) {
            add("markdown", text);
        }

        void code(String text) {
            ObjectNode c = add("code", text);
            c.putNull("execution_count");
            c.putArray("outputs");
        }

        private ObjectNode add(String type, String text) {
            ObjectNode c = cells.addObject();
            c.put("cell_type", type);
            c.put("id", String.format("cell-%02d", ++n));
            c.putObject("metadata");
            ArrayNode src = c.putArray("source");
            String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            String[] lines = t.split("\n", -1);
            for (int i = 0; i < lines.length; i++) src.add(i < lines.length - 1 ? lines[i] + "\n" : lines[i]);
            return c;
        }
    }

    /** A Python string literal. */
    static String py(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                default -> {
                    if (ch < 0x20) b.append(String.format("\\x%02x", (int) ch));
                    else b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }

    static String pyList(List<String> items) {
        return items.stream().map(NotebookExport::py).collect(Collectors.joining(", ", "[", "]"));
    }
}
