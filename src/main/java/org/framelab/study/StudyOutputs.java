package org.framelab.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.chart.ChartExport;
import org.framelab.chart.ChartSpec;
import org.framelab.report.CsvTables;
import org.framelab.report.NotebookExport;
import org.framelab.report.ReportData;
import org.framelab.report.Workbook;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes everything a study produces into {@code <outputs.dir>/<name>/}: {@code charts/} (PNG, SVG,
 * PDF), {@code tables/} (CSV), {@code <name>.xlsx}, {@code manifest.json}; and the notebook export.
 * All files go through {@link AtomicFiles}.
 */
public final class StudyOutputs {
    private StudyOutputs() {}

    /** What was written. */
    public record Written(Path dir, List<Path> charts, List<Path> tables, Path workbook, Path notebook, Path manifest) {
        public List<Path> all() {
            List<Path> l = new ArrayList<>(charts);
            l.addAll(tables);
            if (workbook != null) l.add(workbook);
            if (notebook != null) l.add(notebook);
            l.add(manifest);
            return l;
        }
    }

    /**
     * @param manifest facts for manifest.json gathered by the runner (inputs, corpus, timings, warnings); this
     *                 method adds versions, settings, date and the output files
     */
    public static Written write(Study study, ReportData base, List<String> groupFields, Map<String, Object> manifest,
                                Timings timings, Progress progress) throws IOException {
        Path dir = study.outputs().dir().resolve(study.name());
        Files.createDirectories(dir);
        // charts
        List<Path> chartFiles = new ArrayList<>();
        List<ReportData.ChartImage> images = new ArrayList<>();
        Set<ChartExport.Format> formats = EnumSet.noneOf(ChartExport.Format.class);
        for (String f : study.charts().formats()) formats.add(ChartExport.Format.parse(f));
        Set<ChartExport.Format> withPng = EnumSet.copyOf(formats);
        withPng.add(ChartExport.Format.PNG); // the workbook embeds the PNGs
        ChartExport.Size size = new ChartExport.Size(study.charts().width(), study.charts().height(), study.charts().dpi());
        List<StudyCharts.Named> specs = StudyCharts.specs(study, base, groupFields);
        timings.start("charts");
        progress.start("Drawing charts", specs.size(), "charts");
        Path chartDir = dir.resolve("charts");
        for (StudyCharts.Named n : specs) {
            progress.checkCancelled();
            List<Path> files = ChartSpec.write(n.spec(), chartDir.resolve(n.name()), size, withPng);
            for (Path p : files) {
                if (p.toString().endsWith(".png") && !formats.contains(ChartExport.Format.PNG)) continue;
                chartFiles.add(p);
            }
            images.add(new ReportData.ChartImage(n.name(), n.spec().title(), chartDir.resolve(n.name() + ".png")));
            progress.step(1);
        }
        progress.done();
        timings.stop();
        ReportData d = new ReportData(base.study(), base.overview(), base.table(), base.columns(), base.groups(), base.tests(),
                base.terms(), base.evidence(), base.monthly(), base.model(), base.agreement(), images,
                StudyCharts.nativeCharts(study, base, groupFields));
        List<Path> tables = List.of();
        if (study.outputs().tables()) {
            timings.start("tables");
            progress.start("Writing CSV tables", -1);
            tables = CsvTables.write(d, dir.resolve("tables"), study.outputs().rawCsv());
            progress.done();
            timings.stop();
        }
        Path workbook = null;
        if (study.outputs().workbook()) {
            timings.start("workbook");
            workbook = dir.resolve(study.name() + ".xlsx");
            Workbook.write(d, workbook, progress);
            timings.stop();
        }
        // PNGs only written for the workbook are removed when the study did not ask for PNG
        if (!formats.contains(ChartExport.Format.PNG)) {
            for (ReportData.ChartImage i : images) Files.deleteIfExists(i.png());
        }
        Path notebook = null;
        if (study.outputs().notebookDir() != null) {
            timings.start("notebook");
            progress.start("Exporting notebook", -1);
            notebook = NotebookExport.write(d, study.outputs().notebookDir(), StudyCharts.chartFeatures(study, base),
                    study.outputs().rawCsv());
            progress.done();
            timings.stop();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", study.name());
        m.put("framelab_version", Runtime2.version());
        m.put("java_version", System.getProperty("java.version"));
        m.put("created", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.putAll(manifest);
        m.put("timings_seconds", timings.asMap());
        List<Map<String, Object>> outs = new ArrayList<>();
        List<Path> all = new ArrayList<>(chartFiles);
        all.addAll(tables);
        if (workbook != null) all.add(workbook);
        if (notebook != null) all.add(notebook);
        for (Path p : all) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("path", p.toString());
            o.put("bytes", Files.size(p));
            o.put("sha256", sha256(p));
            outs.add(o);
        }
        m.put("outputs", outs);
        Path manifestFile = dir.resolve("manifest.json");
        AtomicFiles.writeString(manifestFile, JSON.writeValueAsString(m) + "\n");
        return new Written(dir, chartFiles, tables, workbook, notebook, manifestFile);
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** SHA-256 of a file as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wall-clock time per named step, in order. */
    public static final class Timings {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private String current;
        private long started;

        public void start(String step) {
            stop();
            current = step;
            started = System.nanoTime();
        }

        public void stop() {
            if (current != null) {
                seconds.merge(current, Math.round((System.nanoTime() - started) / 1e6) / 1000.0, Double::sum);
                current = null;
            }
        }

        public Map<String, Double> asMap() {
            stop();
            return new LinkedHashMap<>(seconds);
        }
    }
}
