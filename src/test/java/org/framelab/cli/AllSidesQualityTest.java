package org.framelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.framelab.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.StringToWordVector;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality on outlets a model has never seen, the setting of the AllSides media split: train on its
 * train+valid articles (28,946), score the articles of outlets in neither part (5,214). FrameLab's
 * default (framing+ngrams, linear) must beat Weka's own text pipeline (StringToWordVector unigrams
 * with TF-IDF, Naive Bayes Multinomial) trained and scored on exactly the same articles.
 */
@Tag("slow")
class AllSidesQualityTest {
    static final List<String> LABELS = List.of("left", "center", "right");

    @TempDir
    Path dir;

    record Row(String text, String bias) {}

    @Test
    void defaultBeatsWekaTextPipelineOnUnseenOutlets() throws Exception {
        Path corpus = SharedData.require("datasets/allsides/articles.jsonl.gz");
        Path splits = SharedData.require("datasets/allsides/splits/media");
        Set<String> trainIds = new HashSet<>();
        for (String part : List.of("train.tsv", "valid.tsv")) {
            for (String line : Files.readAllLines(splits.resolve(part))) trainIds.add(line.split("\t")[0]);
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) lines.add(l);
        }
        Set<String> trainOutlets = new TreeSet<>();
        List<Row> train = new ArrayList<>(), test = new ArrayList<>();
        Path trainFile = dir.resolve("train.jsonl"), testFile = dir.resolve("unseen.jsonl");
        for (String l : lines) {
            JsonNode n = json.readTree(l);
            if (trainIds.contains(n.get("id").asText())) trainOutlets.add(n.get("source").asText());
        }
        try (BufferedWriter tr = Files.newBufferedWriter(trainFile); BufferedWriter te = Files.newBufferedWriter(testFile)) {
            for (String l : lines) {
                JsonNode n = json.readTree(l);
                Row row = new Row(n.get("text").asText(), n.get("bias").asText());
                if (trainIds.contains(n.get("id").asText())) {
                    train.add(row);
                    tr.write(l);
                    tr.newLine();
                } else if (!trainOutlets.contains(n.get("source").asText())) {
                    test.add(row);
                    te.write(l);
                    te.newLine();
                }
            }
        }
        lines.clear();
        assertThat(train).hasSize(28_946);
        assertThat(test).hasSize(5_214);

        Path metrics = dir.resolve("m.json");
        Run r = new Run("train", trainFile.toString(), "--label", "bias", "--test", testFile.toString(),
                "--importance", "0", "--bootstrap", "200", "--metrics-json", metrics.toString());
        assertThat(r.code).as(r.err()).isZero();
        JsonNode m = json.readTree(metrics.toFile());
        double frameLab = m.get("macroF1").asDouble();
        double baseline = m.get("baseline").get("macroF1").asDouble();
        // the boilerplate learned from the training part is reported
        assertThat(m.get("boilerplateLines").get("count").asInt()).isBetween(300, 3000);
        assertThat(r.out()).contains("Outlet boilerplate left out of the features");
        // so are the names of the training outlets (not those of the unseen ones: Reuters, Salon, ...)
        List<String> names = new ArrayList<>();
        m.get("outletNames").get("names").forEach(n -> names.add(n.asText()));
        assertThat(names).contains("CNN", "Fox News", "NPR", "Politico", "Washington Times").doesNotContain("Reuters", "Salon", "Breitbart News");
        assertThat(r.out()).contains("Outlet names left out of the features");

        double weka = wekaTextPipeline(train, test);
        // measured: FrameLab 0.5682 (framing+ngrams), Weka StringToWordVector -I -T + NBM 0.4745, baseline 0.162;
        // the issue's target for the default is 0.56 (its reference for Weka's pipeline, measured elsewhere)
        assertThat(frameLab).as("FrameLab default vs Weka's text pipeline (%.4f)", weka).isGreaterThan(weka + 0.04);
        assertThat(frameLab).isGreaterThan(0.56);
        assertThat(baseline).isLessThan(0.2);
    }

    /** StringToWordVector (Weka defaults: 1,000 words per class; -I -T: TF and IDF transforms) and NaiveBayesMultinomial; macro-F1 on test. */
    static double wekaTextPipeline(List<Row> train, List<Row> test) throws Exception {
        org.framelab.util.Runtime2.configure();
        ArrayList<Attribute> atts = new ArrayList<>();
        atts.add(new Attribute("text", (List<String>) null));
        atts.add(new Attribute("@@class@@", LABELS));
        Instances tr = new Instances("train", atts, train.size());
        tr.setClassIndex(1);
        for (Row x : train) tr.add(new DenseInstance(1, new double[]{tr.attribute(0).addStringValue(x.text()), LABELS.indexOf(x.bias())}));
        StringToWordVector stwv = new StringToWordVector();
        stwv.setOptions(new String[]{"-I", "-T"});
        stwv.setInputFormat(tr);
        Instances trv = Filter.useFilter(tr, stwv);
        tr.delete();
        NaiveBayesMultinomial nb = new NaiveBayesMultinomial();
        nb.buildClassifier(trv);
        Instances te = new Instances("test", atts, test.size());
        te.setClassIndex(1);
        for (Row x : test) te.add(new DenseInstance(1, new double[]{te.attribute(0).addStringValue(x.text()), LABELS.indexOf(x.bias())}));
        Instances tev = Filter.useFilter(te, stwv);
        int k = LABELS.size();
        int[][] confusion = new int[k][k];
        for (int i = 0; i < tev.numInstances(); i++) {
            confusion[(int) tev.instance(i).classValue()][(int) nb.classifyInstance(tev.instance(i))]++;
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            int tp = confusion[c][c], fp = 0, fn = 0;
            for (int o = 0; o < k; o++) {
                if (o == c) continue;
                fp += confusion[o][c];
                fn += confusion[c][o];
            }
            double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), rc = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            sum += p + rc == 0 ? 0 : 2 * p * rc / (p + rc);
        }
        return sum / k;
    }
}
