package org.framelab.study;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.chart.ChartExport;
import org.framelab.chart.ChartSpec;
import org.framelab.chart.ValidationCharts;
import org.framelab.app.Validate;
import org.framelab.report.CsvTables;
import org.framelab.report.NotebookExport;
import org.framelab.report.ReportData;
import org.framelab.report.Workbook;
import org.framelab.util.AtomicFiles;
import org.framelab.util.AtomicFolder;
import org.framelab.util.Futures;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes everything a study produces into {@code <outputs.dir>/<name>/}: {@code charts/} (PNG, SVG,
 * PDF), {@code tables/} (CSV), {@code <name>.xlsx}, {@code manifest.json}; and the notebook export.
 * The folder is built beside the target and swapped in whole ({@link AtomicFolder}); single files go
 * through {@link AtomicFiles}.
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
     * Builds the whole report folder in a temporary sibling folder ({@code .<name>.tmp-<pid>}) and swaps it
     * in at the end ({@link AtomicFolder}), so that a crash or kill leaves either the previous complete
     * folder or the new complete one, never a mix. The notebook export is replaced the same way
     * (see {@link NotebookExport#write}). Every path in the manifest and in the result is the final one;
     * the manifest's output paths are relative to the report folder.
     *
     * @param manifest facts for manifest.json gathered by the runner (inputs, corpus, timings, warnings); this
     *                 method adds versions, settings, date and the output files
     */
    public static Written write(Study study, ReportData base, List<String> groupFields, Map<String, Object> manifest,
                                Timings timings, Progress progress) throws IOException {
        Path dir = study.outputs().dir().resolve(study.name());
        Path work = AtomicFolder.begin(dir, StudyOutputs::isReportFolder, "a FrameLab report folder (with a manifest.json FrameLab wrote)");
        boolean committed = false;
        try {
            Written w = writeInto(work, study, base, groupFields, manifest, timings, progress);
            progress.checkCancelled();
            AtomicFolder.commit(work, dir);
            committed = true;
            return new Written(dir, finalPaths(w.charts(), work, dir), finalPaths(w.tables(), work, dir),
                    w.workbook() == null ? null : finalPath(w.workbook(), work, dir), w.notebook(), finalPath(w.manifest(), work, dir));
        } finally {
            if (!committed) AtomicFolder.abort(work);
        }
    }

    /** Whether an existing folder is a report folder FrameLab wrote (and so may be replaced). */
    static boolean isReportFolder(Path dir) {
        Path m = dir.resolve("manifest.json");
        try {
            return Files.isRegularFile(m) && JSON.readTree(m.toFile()).has("framelab_version");
        } catch (IOException e) {
            return false;
        }
    }

    private static Path finalPath(Path p, Path work, Path dir) {
        return dir.resolve(work.relativize(p).toString());
    }

    private static List<Path> finalPaths(List<Path> ps, Path work, Path dir) {
        List<Path> l = new ArrayList<>();
        for (Path p : ps) l.add(finalPath(p, work, dir));
        return l;
    }

    /** Writes the report into {@code dir} (the temporary folder); the manifest names the outputs relative to it. */
    private static Written writeInto(Path dir, Study study, ReportData base, List<String> groupFields, Map<String, Object> manifest,
                                     Timings timings, Progress progress) throws IOException {
        Set<ChartExport.Format> formats = EnumSet.noneOf(ChartExport.Format.class);
        for (String f : study.charts().formats()) formats.add(ChartExport.Format.parse(f));
        List<Path> chartFiles = new ArrayList<>();
        List<ReportData.ChartImage> images = charts(dir.resolve("charts"), study, base, groupFields, formats, chartFiles, timings, progress);
        ReportData d = base.withCharts(images, WorkbookCharts.of(study, base, groupFields));
        // the workbook is written on a thread of its own while this one writes the CSV tables (they read
        // the same rows and write different files); the workbook reports progress, the tables only stop
        // on a cancel. The notebook, which replaces a file outside the report folder, waits for both.
        Path workbook = study.outputs().workbook() ? dir.resolve(study.name() + ".xlsx") : null;
        SideTask side = workbook == null ? null : SideTask.start("framelab-workbook", progress, p -> Workbook.write(d, workbook, p));
        List<Path> tables = List.of();
        if (study.outputs().tables()) {
            Progress mine = side == null ? progress : Progress.cancelOnly(progress);
            timings.start("tables");
            try {
                mine.start("Writing CSV tables", -1);
                tables = CsvTables.write(d, dir.resolve("tables"), study.outputs().rawCsv());
                mine.done();
            } catch (IOException | RuntimeException | Error e) {
                if (side != null) side.abandon();
                throw e;
            }
            timings.stop();
        }
        if (side != null) timings.add("workbook", side.await());
        Path notebook = null;
        if (study.outputs().notebookDir() != null) {
            timings.start("notebook");
            progress.start("Exporting notebook", -1);
            notebook = NotebookExport.write(d, study.outputs().notebookDir(), StudyCharts.chartFeatures(study, base),
                    study.outputs().rawCsv(), study.outputs().tables() ? tables : null);
            progress.done();
            timings.stop();
        }
        // PNGs only written for the workbook are removed when the study did not ask for PNG
        if (!formats.contains(ChartExport.Format.PNG)) {
            for (ReportData.ChartImage i : images) Files.deleteIfExists(i.png());
        }
        List<Path> all = new ArrayList<>(chartFiles);
        all.addAll(tables);
        if (workbook != null) all.add(workbook);
        Path manifestFile = manifest(dir, study, manifest, timings, all, notebook);
        return new Written(dir, chartFiles, tables, workbook, notebook, manifestFile);
    }

    /** Draws the study's charts into {@code chartDir} (PNG always, for the workbook); the files asked for go to {@code files}. */
    private static List<ReportData.ChartImage> charts(Path chartDir, Study study, ReportData base, List<String> groupFields,
                                                      Set<ChartExport.Format> formats, List<Path> files, Timings timings,
                                                      Progress progress) throws IOException {
        Set<ChartExport.Format> withPng = EnumSet.copyOf(formats);
        withPng.add(ChartExport.Format.PNG); // the workbook embeds the PNGs
        ChartExport.Size size = new ChartExport.Size(study.charts().width(), study.charts().height(), study.charts().dpi());
        List<StudyCharts.Named> specs = StudyCharts.specs(study, base, groupFields);
        List<ReportData.ChartImage> images = new ArrayList<>();
        timings.start("charts");
        progress.start("Drawing charts", specs.size(), "charts");
        // each chart is drawn on its own (in parallel); the files are listed in the order of the specs
        org.framelab.chart.ChartStyle.loadFonts();
        List<List<Path>> written;
        try {
            written = specs.parallelStream().map(n -> {
                progress.checkCancelled();
                try {
                    List<Path> w = ChartSpec.write(n.spec(), chartDir.resolve(n.name()), size, withPng);
                    progress.step(1);
                    return w;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < specs.size(); i++) {
            StudyCharts.Named n = specs.get(i);
            for (Path p : written.get(i)) {
                if (p.toString().endsWith(".png") && !formats.contains(ChartExport.Format.PNG)) continue;
                files.add(p);
            }
            images.add(new ReportData.ChartImage(n.name(), n.spec().title(), chartDir.resolve(n.name() + ".png")));
        }
        if (base.validation() != null) {
            // the span validation's forest plot, as validate -o draws it (its own height: one row per family and feature)
            for (Path p : ValidationCharts.write(base.validation().result(), chartDir.resolve(Validate.BASE), withPng,
                    Validate.CHART_MIN_HITS, study.charts().dpi())) {
                if (p.toString().endsWith(".png") && !formats.contains(ChartExport.Format.PNG)) continue;
                files.add(p);
            }
            images.add(new ReportData.ChartImage(Validate.BASE, ValidationCharts.TITLE, chartDir.resolve(Validate.BASE + ".png")));
        }
        progress.done();
        timings.stop();
        return images;
    }

    /** Writes manifest.json last: versions, the run's facts, timings and every output with its size and hash. */
    private static Path manifest(Path dir, Study study, Map<String, Object> manifest, Timings timings, List<Path> outputs,
                                 Path notebook) throws IOException {
        Path finalDir = study.outputs().dir().resolve(study.name()).toAbsolutePath().normalize();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("study", study.name());
        m.put("framelab_version", Runtime2.version());
        m.put("java_version", System.getProperty("java.version"));
        m.put("created", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        m.putAll(manifest);
        m.put("timings_seconds", timings.asMap());
        List<Map<String, Object>> outs = new ArrayList<>();
        for (Path p : outputs) outs.add(output(dir.relativize(p).toString().replace('\\', '/'), p));
        if (notebook != null) outs.add(output(relativeTo(finalDir, notebook), notebook));
        m.put("outputs", outs);
        Path manifestFile = dir.resolve("manifest.json");
        AtomicFiles.writeString(manifestFile, JSON.writeValueAsString(m) + "\n");
        return manifestFile;
    }

    private static Map<String, Object> output(String path, Path file) throws IOException {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("path", path);
        o.put("bytes", Files.size(file));
        o.put("sha256", sha256(file));
        return o;
    }

    /** {@code p} relative to the report folder (e.g. {@code ../../notebooks-export/demo.ipynb}), or absolute on another root. */
    static String relativeTo(Path reportDir, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        if (reportDir.getRoot() == null || !reportDir.getRoot().equals(abs.getRoot())) return abs.toString();
        return reportDir.relativize(abs).toString().replace('\\', '/');
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** SHA-256 of a file as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        return org.framelab.util.Sha256.of(file);
    }

    /**
     * Output written on a thread of its own beside the caller's: it reports on the progress it is given
     * and stops when the user cancels or the caller gives up on it ({@link #abandon}).
     */
    static final class SideTask {
        interface Work {
            void run(Progress p) throws IOException;
        }

        private final java.util.concurrent.FutureTask<Double> task;
        private volatile boolean abandoned;

        private SideTask(Progress progress, Work work) {
            Progress p = Progress.cancelledAlsoWhen(progress, () -> abandoned);
            task = new java.util.concurrent.FutureTask<>(() -> {
                long t0 = System.nanoTime();
                work.run(p);
                return (System.nanoTime() - t0) / 1e9;
            });
        }

        static SideTask start(String name, Progress progress, Work work) {
            SideTask s = new SideTask(progress, work);
            Thread t = new Thread(s.task, name);
            t.setDaemon(true);
            t.start();
            return s;
        }

        /**
         * Waits for the work; its seconds, or what it threw. Interrupted, it asks the work to stop and still
         * waits until it has, so that no file is written into a folder the caller is about to remove.
         */
        double await() throws IOException {
            try {
                return finished();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(Futures.throwIfIoOrUnchecked(e.getCause()));
            }
        }

        /** Asks the work to stop and waits until it has (so that its files are no longer written); what it threw is dropped. */
        void abandon() {
            abandoned = true;
            try {
                finished();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException ignored) {
                // the caller's failure is the one reported
            }
        }

        private double finished() throws java.util.concurrent.ExecutionException {
            return Futures.getUninterruptibly(task, () -> abandoned = true);
        }
    }

    /** Wall-clock time per named step, in order. */
    public static final class Timings {
        private final Map<String, Double> seconds = new LinkedHashMap<>();
        private String current;
        private long started;

        /** Adds {@code s} seconds to {@code step} (a step timed elsewhere, e.g. on another thread). */
        public void add(String step, double s) {
            seconds.merge(step, Math.round(s * 1000) / 1000.0, Double::sum);
        }

        public void start(String step) {
            stop();
            current = step;
            started = System.nanoTime();
        }

        public void stop() {
            if (current != null) {
                add(current, (System.nanoTime() - started) / 1e9);
                current = null;
            }
        }

        public Map<String, Double> asMap() {
            stop();
            return new LinkedHashMap<>(seconds);
        }
    }
}
