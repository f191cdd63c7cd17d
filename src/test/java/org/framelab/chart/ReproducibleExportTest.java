package org.framelab.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two exports of the same chart are byte-identical; the only date a PDF carries is SOURCE_DATE_EPOCH. */
class ReproducibleExportTest {
    static final ChartExport.Size SIZE = new ChartExport.Size(468, 320, 96);

    @Test
    void everyChartKindExportsIdenticalBytesTwice(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectory(dir.resolve("first")), second = Files.createDirectory(dir.resolve("second"));
        // each run builds its charts anew, as a rerun of a study or a second export from the GUI does
        List<Path> a = writeAll(ChartsTest.sampleCharts(), first);
        Thread.sleep(1100); // a clock-based PDF date (one-second resolution) would now differ
        List<Path> b = writeAll(ChartsTest.sampleCharts(), second);
        assertThat(a).hasSize(8 * 3).hasSameSizeAs(b);
        for (Path p : a) {
            byte[] again = Files.readAllBytes(second.resolve(p.getFileName()));
            assertThat(again).as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
        }
    }

    private static List<Path> writeAll(Map<String, JFreeChart> charts, Path dir) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (var e : charts.entrySet()) {
            files.addAll(ChartExport.write(e.getValue(), dir.resolve(e.getKey()), SIZE, EnumSet.allOf(ChartExport.Format.class)));
        }
        return files;
    }

    @Test
    void svgIdsAreNamedAfterTheContentAndAllResolve() {
        Map<String, JFreeChart> charts = ChartsTest.sampleCharts();
        Set<String> prefixes = new LinkedHashSet<>();
        for (var e : charts.entrySet()) {
            String svg = ChartExport.svg(e.getValue(), SIZE);
            Set<String> ids = matches(svg, "id='([^']*)'");
            assertThat(ids).as(e.getKey()).isNotEmpty().allMatch(id -> id.matches("fl[0-9a-f]{12}-clip-\\d+"));
            assertThat(matches(svg, "url\\(#([^)]*)\\)")).as(e.getKey()).isNotEmpty().isSubsetOf(ids);
            prefixes.add(ids.iterator().next().substring(0, 15));
        }
        assertThat(prefixes).as("distinct charts, distinct id prefixes").hasSize(charts.size());
        assertThat(ChartExport.svgIdPrefix("<svg/>")).isEqualTo(ChartExport.svgIdPrefix("<svg/>"))
                .isNotEqualTo(ChartExport.svgIdPrefix("<svg />"));
    }

    private static Set<String> matches(String text, String regex) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void pdfWithoutSourceDateHasNoDate() {
        String pdf = latin1(ChartExport.pdf(ChartsTest.sampleCharts().get("roc"), SIZE, Optional.empty()));
        assertThat(pdf).startsWith("%PDF-").contains("/Title (ROC curves)").contains("/Author (FrameLab)")
                .doesNotContain("/CreationDate").doesNotContain("/ModDate").doesNotContain("(D:");
    }

    @Test
    void pdfCarriesTheSourceDateInUtc() {
        Instant date = SourceDate.from(Map.of("SOURCE_DATE_EPOCH", "1700000000")::get).orElseThrow();
        JFreeChart chart = ChartsTest.sampleCharts().get("box");
        byte[] bytes = ChartExport.pdf(chart, SIZE, Optional.of(date));
        String pdf = latin1(bytes);
        assertThat(pdf).contains("/CreationDate (D:20231114221320Z)").contains("/ModDate (D:20231114221320Z)");
        assertThat(pdf.split("\\(D:", -1)).as("no other date").hasSize(3);
        assertThat(ChartExport.pdf(chart, SIZE, Optional.of(date))).isEqualTo(bytes);
        assertThat(ChartExport.pdf(chart, SIZE, Optional.of(date.plusSeconds(1)))).isNotEqualTo(bytes);
        assertPdfOffsetsValid(bytes);
    }

    /** The cross-reference table still points at the objects after the information dictionary changed. */
    private static void assertPdfOffsetsValid(byte[] bytes) {
        String pdf = latin1(bytes);
        int xref = Integer.parseInt(pdf.substring(pdf.lastIndexOf("startxref") + 9, pdf.lastIndexOf("%%EOF")).trim());
        assertThat(pdf.substring(xref)).startsWith("xref");
        Matcher m = Pattern.compile("(\\d{10}) 00000 n").matcher(pdf.substring(xref));
        int object = 1;
        while (m.find()) {
            assertThat(pdf.substring(Integer.parseInt(m.group(1)))).startsWith(object++ + " 0 obj");
        }
        assertThat(object).isGreaterThan(5);
    }

    @Test
    void sourceDateEpochIsReadThroughTheGivenEnvironment() {
        assertThat(SourceDate.from(Map.<String, String>of()::get)).isEmpty();
        assertThat(SourceDate.from(Map.of("SOURCE_DATE_EPOCH", " ")::get)).isEmpty();
        assertThat(SourceDate.from(Map.of("SOURCE_DATE_EPOCH", "0")::get)).contains(Instant.EPOCH);
        assertThat(SourceDate.from(Map.of("SOURCE_DATE_EPOCH", " 1700000000\n")::get)).contains(Instant.ofEpochSecond(1_700_000_000L));
        assertThat(SourceDate.pdfDate(Instant.EPOCH)).isEqualTo("D:19700101000000Z");
        assertThat(SourceDate.pdfDate(Instant.ofEpochSecond(253_402_300_799L))).isEqualTo("D:99991231235959Z");
        for (String bad : List.of("yesterday", "-1", "1.5", "253402300800")) {
            assertThatThrownBy(() -> SourceDate.from(Map.of("SOURCE_DATE_EPOCH", bad)::get))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid SOURCE_DATE_EPOCH");
        }
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
