package org.framelab.report;

import org.framelab.features.ColumnLabels;
import org.framelab.report.ReportData.GroupRow;
import org.framelab.report.ReportData.TestRow;
import org.framelab.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Tests and Groups tables as a paper pastes them: LaTeX (booktabs) and Markdown, one table per
 * grouping field, measures under their readable labels ({@link ColumnLabels}), statistics with their
 * degrees of freedom ("F(2, 6) = 113.40"), p values as APA style asks (no leading zero, three
 * decimals, "< .001"), effect sizes with their 95% interval ("η² = .97 [.82, .98]"; no leading zero for
 * effects that cannot exceed 1). Where the articles are clustered in outlets, the cluster-aware rows come
 * first and the article-level rows are labelled as assuming independent articles. Deterministic text;
 * the LaTeX is a {@code longtable} with booktabs rules (it needs the longtable and booktabs packages).
 */
public final class PaperTables {
    private PaperTables() {}

    /** File names, in the order {@link #write} writes them. */
    public static final List<String> FILES = List.of("tests.md", "tests.tex", "groups.md", "groups.tex");

    /** A cell that is formatted differently for LaTeX and Markdown. */
    record Cell(String md, String tex) {
        static Cell plain(String s) {
            return new Cell(mdEscape(s), texEscape(s));
        }
    }

    /** Writes the four files into {@code dir} (nothing when there are no tests). */
    public static List<Path> write(ReportData d, Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        if (d.tests().isEmpty() && d.groups().isEmpty()) return out;
        Map<String, List<TestRow>> tests = new LinkedHashMap<>();
        for (TestRow t : d.tests()) tests.computeIfAbsent(t.groupField(), k -> new ArrayList<>()).add(t);
        Map<String, List<GroupRow>> groups = new LinkedHashMap<>();
        for (GroupRow g : d.groups()) groups.computeIfAbsent(g.groupField(), k -> new ArrayList<>()).add(g);
        Map<String, String> labels = ColumnLabels.labels(d.columns());
        java.util.function.Function<String, String> label = id -> labels.getOrDefault(id, ColumnLabels.label(id));
        StringBuilder md = new StringBuilder(), tex = new StringBuilder();
        tests.forEach((field, rows) -> {
            List<String> head = List.of("Measure", "Test", "Statistic", "p", "p (adj.)", "Effect [95% CI]");
            List<List<Cell>> body = new ArrayList<>();
            List<Integer> rules = new ArrayList<>();
            List<String> sections = new ArrayList<>();
            String level = null;
            for (TestRow t : ordered(rows)) {
                if (!t.level().equals(level)) {
                    level = t.level();
                    rules.add(body.size());
                    sections.add(levelTitle(level, rows));
                }
                body.add(List.of(Cell.plain(label.apply(t.feature())), Cell.plain(t.test()), statistic(t),
                        Cell.plain(apaP(t.p())), Cell.plain(apaP(t.pHolm())), effect(t)));
            }
            String caption = "Tests of differences by " + field + " (p (adj.): Holm across the measures tested with the same test)";
            table(md, tex, caption, "tab:tests-" + slug(field), head, "llllll", body, rules, sections);
            String note = tableNote(rows);
            if (!note.isEmpty()) {
                md.append('\n').append(mdEscape(note)).append('\n');
                tex.append("\\begin{flushleft}\\footnotesize ").append(texEscape(note)).append("\\end{flushleft}\n");
            }
        });
        out.add(text(dir.resolve("tests.md"), md.toString()));
        out.add(text(dir.resolve("tests.tex"), tex.toString()));
        md.setLength(0);
        tex.setLength(0);
        groups.forEach((field, rows) -> {
            List<String> head = List.of("Measure", capitalise(field), "n", "M", "SD", "95% CI");
            List<List<Cell>> body = new ArrayList<>();
            for (GroupRow g : rows) {
                body.add(List.of(Cell.plain(label.apply(g.feature())), Cell.plain(g.group()), Cell.plain(Long.toString(g.n())),
                        Cell.plain(dec(g.mean(), 2, true)), Cell.plain(dec(g.sd(), 2, true)),
                        Cell.plain(Double.isNaN(g.ciLow()) ? "\u2014" : "[" + dec(g.ciLow(), 2, true) + ", " + dec(g.ciHigh(), 2, true) + "]")));
            }
            table(md, tex, "Means by " + field, "tab:groups-" + slug(field), head, "llrrrl", body, List.of(), List.of());
        });
        out.add(text(dir.resolve("groups.md"), md.toString()));
        out.add(text(dir.resolve("groups.tex"), tex.toString()));
        return out;
    }

    /**
     * The note under a table of tests: what a "—" means and the tests' own notes (a group without variance, groups left
     * out with fewer than 2 values), each once, as the command prints them under its rows; "" when there are none.
     */
    static String tableNote(List<TestRow> rows) {
        java.util.Set<String> notes = new java.util.LinkedHashSet<>();
        boolean undefined = false;
        for (TestRow t : rows) {
            undefined |= Double.isNaN(t.statistic());
            for (String n : t.note().split("; ")) if (!n.isBlank()) notes.add(n.strip());
        }
        if (!undefined && notes.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("Note.");
        if (undefined) sb.append(" \u2014: the test is not defined for these data.");
        List<String> list = new ArrayList<>(notes);
        int shown = Math.min(5, list.size());
        if (shown > 0) sb.append(" ").append(capitalise(String.join("; ", list.subList(0, shown))))
                .append(list.size() > shown ? "; and " + (list.size() - shown) + " more (tests.csv, column note)." : ".");
        return sb.toString();
    }

    private static Path text(Path file, String content) throws IOException {
        AtomicFiles.writeString(file, content);
        return file;
    }

    /** Cluster-aware rows first (cluster, then mixed), then the article-level rows; order kept within a level. */
    static List<TestRow> ordered(List<TestRow> rows) {
        List<TestRow> out = new ArrayList<>();
        for (String l : List.of(TestRow.CLUSTER, TestRow.MIXED, TestRow.ARTICLE)) for (TestRow t : rows) if (t.level().equals(l)) out.add(t);
        for (TestRow t : rows) if (!out.contains(t)) out.add(t);
        return out;
    }

    private static String levelTitle(String level, List<TestRow> rows) {
        boolean clustered = rows.stream().anyMatch(r -> !r.articleLevel());
        return switch (level) {
            case TestRow.CLUSTER -> "Outlet level (the unit of analysis)";
            case TestRow.MIXED -> "Mixed model and cluster-robust tests (articles nested in outlets)";
            default -> clustered ? "Article level (assumes independent articles; not for inference)" : "";
        };
    }

    private static void table(StringBuilder md, StringBuilder tex, String caption, String label, List<String> head, String align,
                              List<List<Cell>> body, List<Integer> rules, List<String> sections) {
        // Markdown
        if (md.length() > 0) md.append('\n');
        md.append("**").append(mdEscape(caption)).append("**\n\n");
        md.append("| ").append(String.join(" | ", head.stream().map(PaperTables::mdEscape).toList())).append(" |\n|");
        for (int i = 0; i < head.size(); i++) md.append(align.charAt(i) == 'r' ? "---:|" : "---|");
        md.append('\n');
        for (int r = 0; r < body.size(); r++) {
            int s = rules.indexOf(r);
            if (s >= 0 && !sections.get(s).isEmpty()) {
                md.append("| *").append(mdEscape(sections.get(s))).append("* |").append(" |".repeat(head.size() - 1)).append('\n');
            }
            md.append("| ").append(String.join(" | ", body.get(r).stream().map(Cell::md).toList())).append(" |\n");
        }
        // LaTeX (booktabs rules in a longtable, which breaks across pages)
        if (tex.length() > 0) tex.append('\n');
        String header = String.join(" & ", head.stream().map(h -> h.equals("p") ? "$p$" : h.equals("p (adj.)") ? "$p$ (adj.)"
                : h.equals("n") ? "$n$" : h.equals("M") ? "$M$" : h.equals("SD") ? "$SD$" : texEscape(h)).toList()) + " \\\\\n";
        tex.append("\\begin{longtable}{").append(align).append("}\n\\caption{").append(texEscape(caption)).append("}\\label{")
                .append(label).append("} \\\\\n\\toprule\n").append(header).append("\\midrule\n\\endfirsthead\n")
                .append("\\toprule\n").append(header).append("\\midrule\n\\endhead\n\\bottomrule\n\\endfoot\n");
        for (int r = 0; r < body.size(); r++) {
            int s = rules.indexOf(r);
            if (s >= 0 && !sections.get(s).isEmpty()) {
                if (r > 0) tex.append("\\midrule\n");
                tex.append("\\multicolumn{").append(head.size()).append("}{l}{\\emph{").append(texEscape(sections.get(s))).append("}} \\\\\n");
            }
            tex.append(String.join(" & ", body.get(r).stream().map(Cell::tex).toList())).append(" \\\\\n");
        }
        tex.append("\\end{longtable}\n");
    }

    /** "F(2, 6) = 113.40", "t(45.3) = 3.10", "U = 120.00", "H(2) = 12.50". */
    static Cell statistic(TestRow t) {
        if (Double.isNaN(t.statistic())) return Cell.plain("\u2014");
        String name = t.test().toLowerCase(Locale.ROOT);
        String sym;
        if (name.contains("mann-whitney")) sym = "U";
        else if (name.contains("kruskal")) sym = "H";
        else if (name.contains("chi-square")) sym = "\u03c7\u00b2";
        else if (name.contains("permutation")) sym = Double.isNaN(t.df2()) && t.groups() == 2 ? "t" : "F";
        else if (name.contains("t-test") || name.contains("welch t") || (t.groups() == 2 && Double.isNaN(t.df2()) && !Double.isNaN(t.df()))) sym = "t";
        else if (!Double.isNaN(t.df2())) sym = "F";
        else sym = name.contains("anova") ? "F" : "";
        String df = "";
        if (!name.contains("permutation") && !Double.isNaN(t.df())) {
            df = "(" + df(t.df()) + (Double.isNaN(t.df2()) ? "" : ", " + df(t.df2())) + ")";
        }
        String v = dec(t.statistic(), 2, true);
        if (sym.isEmpty()) return Cell.plain(v);
        String texSym = switch (sym) {
            case "\u03c7\u00b2" -> "\\chi^2";
            default -> sym;
        };
        return new Cell("*" + sym + "*" + df + " = " + v, "$" + texSym + df + " = " + v.replace('\u2212', '-') + "$");
    }

    /** "η² = .97 [.82, .98]", "d = 0.42 [0.21, 0.63]", "δ = .31". */
    static Cell effect(TestRow t) {
        if (Double.isNaN(t.effect())) return Cell.plain("\u2014");
        String n = t.effectName();
        String md, tex;
        boolean bounded;
        switch (n) {
            case "eta squared" -> { md = "\u03b7\u00b2"; tex = "\\eta^2"; bounded = true; }
            case "epsilon squared" -> { md = "\u03b5\u00b2"; tex = "\\varepsilon^2"; bounded = true; }
            case "Cliff's delta" -> { md = "\u03b4"; tex = "\\delta"; bounded = true; }
            case "Cramer's V" -> { md = "V"; tex = "V"; bounded = true; }
            case "Cohen's d", "d (model, total SD)" -> { md = "d"; tex = "d"; bounded = false; }
            case "Hedges' g" -> { md = "g"; tex = "g"; bounded = false; }
            default -> { md = n; tex = "\\text{" + texEscape(n) + "}"; bounded = false; }
        }
        String v = dec(t.effect(), 2, !bounded);
        String ci = Double.isNaN(t.effectLow()) ? "" : " [" + dec(t.effectLow(), 2, !bounded) + ", " + dec(t.effectHigh(), 2, !bounded) + "]";
        boolean symbol = md.length() <= 2;
        return new Cell((symbol ? "*" + md + "*" : mdEscape(md)) + " = " + v + ci, "$" + (symbol ? tex : "\\mbox{" + texEscape(n) + "}") + " = " + v.replace('\u2212', '-') + "$" + texEscape(ci));
    }

    /** APA: "< .001", else three decimals without the leading zero; "—" when missing. */
    public static String apaP(double p) {
        if (Double.isNaN(p)) return "\u2014";
        if (p < 0.001) return "< .001";
        if (p > 0.999) return "> .999";
        return dec(p, 3, false);
    }

    /** Fixed decimals; {@code leadingZero} false drops the 0 of "0.97" (APA for values that cannot exceed 1). */
    static String dec(double v, int places, boolean leadingZero) {
        if (Double.isNaN(v)) return "\u2014";
        String s = String.format(Locale.ROOT, "%." + places + "f", v);
        if (s.startsWith("-")) s = "\u2212" + s.substring(1);
        if (!leadingZero) s = s.replaceFirst("^(\u2212?)0\\.", "$1.");
        return s;
    }

    private static String df(double df) {
        return df == Math.rint(df) ? Long.toString((long) df) : String.format(Locale.ROOT, "%.1f", df);
    }

    static String texEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '<' -> sb.append("\\textless{}");
                case '>' -> sb.append("\\textgreater{}");
                case '^' -> sb.append("\\textasciicircum{}");
                case '\u2014' -> sb.append("---");
                case '\u2212' -> sb.append("$-$");
                case '\'' -> sb.append(i == 0 || Character.isWhitespace(s.charAt(i - 1)) || s.charAt(i - 1) == '(' ? "`" : "'");
                case '\u201c' -> sb.append("``");
                case '\u201d' -> sb.append("''");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String mdEscape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
