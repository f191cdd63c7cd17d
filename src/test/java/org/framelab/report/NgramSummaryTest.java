package org.framelab.report;

import org.framelab.app.FeatureStep;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.ReadOptions;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FramingFeatures;
import org.framelab.features.NgramVocabulary;
import org.framelab.report.ReportData.NgramRow;
import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's per-article tables carry the framing columns; the n-gram vocabulary is one table with
 * each n-gram's articles (= its document frequency: the vocabulary is fitted on the report's articles) and IDF.
 */
class NgramSummaryTest {
    @Test
    void ngramColumnsAreSummarisedNotWrittenPerArticle(@TempDir Path dir) throws Exception {
        var corpus = Corpora.read(Path.of("datasets/demo/articles.jsonl"), ReadOptions.defaults(), Progress.NONE);
        FeatureOptions fo = FeatureOptions.defaults().withFamilies(List.of("framing", "ngrams"));
        FeatureStep.Result fx = FeatureStep.run(corpus.articles(), fo, null, 0, Progress.NONE);
        NgramVocabulary v = ((FramingFeatures) fx.fitted().features()).vocabulary();
        List<NgramRow> rows = NgramSummary.rows(fx.table(), v);
        assertThat(rows).hasSize(v.size()).hasSizeGreaterThan(1000);
        for (NgramRow r : rows) {
            int i = v.indexOf(r.term());
            assertThat(r.articles()).as(r.term()).isEqualTo(v.documentFrequency(i));
            assertThat(r.idf()).as(r.term()).isEqualTo(v.idf(i));
            assertThat(r.share()).isEqualTo((double) r.articles() / 233);
        }
        for (int k = 1; k < rows.size(); k++) assertThat(rows.get(k).articles()).isLessThanOrEqualTo(rows.get(k - 1).articles());

        ReportData d = new ReportData("ng", List.of(), fx.table(), fx.table().columns(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), rows);
        CsvTables.write(d, dir);
        List<CSVRecord> articles = read(dir.resolve("articles.csv"));
        int framing = NgramSummary.framing(fx.table().columns()).length;
        assertThat(framing).isGreaterThan(30);
        assertThat(articles).hasSize(234);
        assertThat(articles.get(0).size()).isEqualTo(3 + corpusLabels(fx) + framing);
        assertThat(articles.get(0).toList()).noneMatch(h -> h.startsWith("ngram:"));
        List<CSVRecord> columns = read(dir.resolve("columns.csv"));
        assertThat(columns).hasSize(1 + framing + 1);
        assertThat(columns.get(columns.size() - 1).get(0)).isEqualTo("ngram:TERM");
        assertThat(columns.get(columns.size() - 1).get(3)).startsWith(v.size() + " columns");
        List<CSVRecord> ngrams = read(dir.resolve("ngrams.csv"));
        assertThat(ngrams.get(0).toList()).containsExactly("ngram", "articles", "share_of_articles", "idf", "total",
                "mean_per_article", "max");
        assertThat(ngrams).hasSize(1 + v.size());
        CSVRecord first = ngrams.get(1);
        int i = v.indexOf(first.get(0));
        assertThat(Long.parseLong(first.get(1))).isEqualTo(v.documentFrequency(i));
        assertThat(Double.parseDouble(first.get(3))).isEqualTo(v.idf(i));
        assertThat(Files.size(dir.resolve("articles.csv"))).isLessThan(200_000);
    }

    @Test
    void withoutNgramsThereIsNoNgramTable(@TempDir Path dir) throws Exception {
        ReportData d = ReportFixtures.sample(null, false);
        assertThat(d.ngrams()).isEmpty();
        assertThat(CsvTables.write(d, dir)).extracting(p -> p.getFileName().toString()).doesNotContain("ngrams.csv");
    }

    private static int corpusLabels(FeatureStep.Result fx) {
        return (int) fx.table().rows().stream().flatMap(r -> r.labels().keySet().stream()).distinct().count();
    }

    private static List<CSVRecord> read(Path p) throws Exception {
        try (Reader r = Files.newBufferedReader(p)) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }
}
