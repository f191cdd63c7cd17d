package org.framelab.gui;

import org.jfree.chart.JFreeChart;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Corpus overview: headline counts, label and outlet distributions, articles over time, warnings. */
final class OverviewView extends JPanel {
    private final MainWindow app;
    private final JPanel cards = new JPanel(new GridLayout(1, 6, 10, 0));
    private final JPanel charts = new JPanel(new GridLayout(1, 3, 10, 0));
    private final JTextArea warnings = new JTextArea();
    private final JLabel source = new JLabel(" ");
    private OverviewData data;

    OverviewView(MainWindow app) {
        super(new BorderLayout(0, 10));
        this.app = app;
        setName("overview");
        setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        warnings.setEditable(false);
        warnings.setLineWrap(true);
        warnings.setWrapStyleWord(true);
        warnings.setName("warnings");
        warnings.setRows(5);
        source.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel north = new JPanel(new BorderLayout(0, 8));
        north.add(cards, BorderLayout.CENTER);
        north.add(source, BorderLayout.SOUTH);
        add(north, BorderLayout.NORTH);
        add(charts, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout(0, 4));
        JLabel wl = new JLabel("Warnings");
        wl.setFont(wl.getFont().deriveFont(Font.BOLD));
        south.add(wl, BorderLayout.NORTH);
        JScrollPane ws = new JScrollPane(warnings);
        ws.setPreferredSize(new Dimension(100, 110));
        south.add(ws, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
        empty();
    }

    private void empty() {
        cards.removeAll();
        charts.removeAll();
        JLabel hint = new JLabel("<html><div style='text-align:center'><span style='font-size:150%'>No corpus open</span><br><br>"
                + "File &gt; Open (Ctrl+O), a recent file (File &gt; Open Recent), or drop a file here.<br>"
                + "JSON lines (.jsonl, .jsonl.gz), CSV/TSV, Excel .xlsx, a folder of .json or .txt files.</div></html>",
                JLabel.CENTER);
        hint.setForeground(UIManager.getColor("Label.disabledForeground"));
        charts.setLayout(new BorderLayout());
        charts.add(hint, BorderLayout.CENTER);
        warnings.setText("");
        source.setText(" ");
        revalidate();
        repaint();
    }

    void corpusChanged() {
        var corpus = app.session().corpus();
        var index = app.index();
        app.tasks().run("Summarising corpus", p -> OverviewData.of(corpus, index.words()), d -> {
            if (app.session().corpus() == corpus) show(d);
        });
    }

    /** Redraws the charts in the current theme's colours. */
    void refreshTheme() {
        if (data != null) show(data);
    }

    OverviewData data() {
        return data;
    }

    /**
     * The label card's line: each field with its number of values ({@code frame (2 values)}; {@code frame 2, tone 3 values}),
     * never one field's count after the list of all (which read as the last field's).
     */
    static String labelSummary(Map<String, ? extends java.util.Collection<?>> labels) {
        if (labels.isEmpty()) return "no label field";
        if (labels.size() == 1) {
            var e = labels.entrySet().iterator().next();
            return Format.shorten(e.getKey(), 26) + " (" + e.getValue().size() + (e.getValue().size() == 1 ? " value)" : " values)");
        }
        java.util.List<String> parts = new java.util.ArrayList<>();
        labels.forEach((f, v) -> parts.add(Format.shorten(f, 16) + " " + v.size()));
        return Format.shorten(String.join(", ", parts), 34) + " values";
    }

    private void show(OverviewData d) {
        this.data = d;
        cards.removeAll();
        cards.add(card("Articles", String.format("%,d", d.articles()), String.format("%,d tokens in all", d.summary().tokens().total())));
        cards.add(card("Outlets", d.outlets() == 0 ? "–" : String.format("%,d", d.outlets()),
                d.topOutlets().isEmpty() ? "no outlet field" : "largest: " + Format.shorten(d.topOutlets().get(0).getKey(), 22)));
        cards.add(card("Label fields", d.labels().isEmpty() ? "–" : Integer.toString(d.labels().size()), labelSummary(d.labels())));
        cards.add(card("Dates", d.firstDate() == null ? "–" : d.firstDate().getYear() + (d.lastDate().getYear() != d.firstDate().getYear() ? "–" + d.lastDate().getYear() : ""),
                d.firstDate() == null ? "no dates" : d.firstDate() + " to " + d.lastDate()));
        cards.add(card("Median length", String.format("%,d", d.medianWords()), "tokens per article (quartiles " + d.summary().tokens().q1() + "–" + d.summary().tokens().q3() + ")"));
        cards.add(card("Annotated", d.annotated() == 0 ? "–" : String.format("%,d", d.annotated()),
                d.annotated() == 0 ? "no judgement-level data" : d.annotators() + " annotators"));

        charts.removeAll();
        charts.setLayout(new GridLayout(1, 0, 10, 0));
        List<JFreeChart> list = new ArrayList<>();
        if (!d.labels().isEmpty()) {
            var e = d.labels().entrySet().iterator().next();
            list.add(GuiCharts.counts("Label: " + e.getKey(), e.getKey(), e.getValue().subList(0, Math.min(20, e.getValue().size())), false));
        }
        if (!d.topOutlets().isEmpty()) {
            int n = Math.min(15, d.topOutlets().size());
            list.add(GuiCharts.counts(n < d.topOutlets().size() ? "Top " + n + " of " + d.outlets() + " outlets" : "Outlets", "Outlet",
                    d.topOutlets().subList(0, n), true));
        }
        if (d.perMonth().size() > 1) list.add(GuiCharts.perMonth("Articles per month", trimmed(d.perMonth())));
        for (JFreeChart c : list) charts.add(GuiCharts.panel(c));
        if (list.isEmpty()) charts.add(new JLabel("No labels, outlets or dates to chart.", JLabel.CENTER));
        warnings.setText(d.warnings().isEmpty() ? "No problems found." : String.join("\n", d.warnings()));
        warnings.setCaretPosition(0);
        source.setText("Read " + String.join(", ", d.files().stream().limit(3).toList()) + (d.files().size() > 3 ? " and " + (d.files().size() - 3) + " more" : "")
                + (d.reader() == null ? "" : "  (" + d.reader() + ")"));
        revalidate();
        repaint();
    }

    private static JPanel card(String title, String value, String sub) {
        return ViewSupport.card("card:" + title, title, value, sub, 8, 12, 1.8f);
    }

    /** Months between the 0.5th and 99.5th percentile of dated articles (a few absurd dates would squash the chart). */
    static Map<java.time.YearMonth, Integer> trimmed(Map<java.time.YearMonth, Integer> months) {
        long total = months.values().stream().mapToLong(Integer::longValue).sum();
        if (total < 400) return months;
        long cut = total / 200, seen = 0;
        java.time.YearMonth lo = null, hi = null;
        for (var e : months.entrySet()) {
            seen += e.getValue();
            if (lo == null && seen > cut) lo = e.getKey();
            if (seen <= total - cut) hi = e.getKey();
        }
        if (lo == null || hi == null || hi.isBefore(lo)) return months;
        Map<java.time.YearMonth, Integer> out = new java.util.TreeMap<>();
        for (var e : months.entrySet()) if (!e.getKey().isBefore(lo) && !e.getKey().isAfter(hi)) out.put(e.getKey(), e.getValue());
        return out;
    }

}
