package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.app.Classify;
import org.framelab.app.ClassifyStreamed;
import org.framelab.app.Protocol;
import org.framelab.model.MetricsJson;
import org.framelab.model.ModelFile;
import org.framelab.model.PredictionColumns;
import org.framelab.model.PredictionsCsv;
import org.framelab.util.OptionException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code framelab train}: evaluate honestly (k-fold, grouped k-fold, split file or test corpus), then train and save a model. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a classifier on framing features and evaluate it without leaks: features (n-gram vocabulary, TF-IDF, scaling) "
                + "are fitted inside each training fold only; --group-by keeps an outlet out of training when it is tested.",
                "Examples:",
                "  framelab train corpus.jsonl.gz --label bias --group-by source --cv 5 -o bias.model --metrics-json metrics.json",
                "  framelab train articles.jsonl.gz --label bias --split-file splits/media/ -o bias.model"})
public final class TrainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PATH", description = "Training corpus (any format FrameLab reads).")
    Path path;

    @Option(names = "--label", required = true, paramLabel = "FIELD", description = "Label field to predict, e.g. bias.")
    String label;

    @Option(names = "--group-by", paramLabel = "FIELD", description = "Keep each value of FIELD (e.g. source, outlet) in one fold: no group in both training and test.")
    String groupBy;

    @Option(names = "--merge-outlet-variants", description = "With --group-by: treat names that are variants of one outlet as one group "
            + "(\"Fox News\", \"Fox Online News\", \"Fox News (Online)\"; \"New York Times - News\", \"New York Times - Opinion\"), "
            + "so no variant of a test outlet is in training.")
    boolean mergeVariants;

    @Option(names = "--cv", paramLabel = "K", description = "K-fold cross-validation (default 5 when neither --split-file nor --test is given).")
    Integer cv;

    @Option(names = "--split-file", paramLabel = "F", description = "Split: a folder with train.tsv and valid.tsv/test.tsv (first column = id), or a table with id and split columns.")
    Path splitFile;

    @Option(names = "--test", paramLabel = "PATH", description = "Separate test corpus (same mapping options).")
    Path test;

    @Mixin
    ClassifierCliOptions model;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed for folds, classifier and bootstrap (default: ${DEFAULT-VALUE}).")
    long seed;

    @WritesTo
    @Option(names = {"-o", "--output"}, paramLabel = "MODEL", description = "Write the model (trained on all training data) to this file.")
    Path output;

    @WritesTo
    @Option(names = "--metrics-json", paramLabel = "FILE", description = "Write all metrics as JSON.")
    Path metricsJson;

    @WritesTo
    @Option(names = "--folds-out", paramLabel = "FILE", description = "Write id,fold (and the group) as CSV.")
    Path foldsOut;

    @Mixin PredictionsOutOptions predictions;

    @Option(names = "--ablation", description = "Also evaluate each feature family alone and all-but-one on the same folds.")
    boolean ablation;

    @Option(names = "--compare-with", paramLabel = "SPEC", description = "Paired comparison on the same folds with another setup: features=SPEC or classifier=NAME[:OPTIONS].")
    String compareWith;

    @Option(names = "--importance", paramLabel = "N", defaultValue = "20", description = "Top N features by information gain and (linear models) by weight per label; 0 = none (default: ${DEFAULT-VALUE}).")
    int importance;

    @Option(names = "--exclude-label", paramLabel = "VALUE", split = ",",
            description = "Leave out articles with this label value (repeatable), e.g. \"No agreement\"; the count is reported.")
    List<String> excludeLabels = new ArrayList<>();

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "" + Classify.DEFAULT_BOOTSTRAP, description = "Bootstrap resamples for the 95%% intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--dedupe", description = "Drop test articles whose text duplicates a training article of their fold (exactly, or nearly: "
            + "Jaccard >= 0.8 of word shingles) from the test side; the training data is never changed. Without it they are counted and listed.")
    boolean dedupe;

    @Option(names = "--outlets", paramLabel = "LIST", description = "Train (and evaluate) on the articles of these outlets only (comma-separated, as in the outlet field, case ignored), e.g. the training outlets of a held-out split.")
    String outlets;

    @Option(names = "--exclude-outlets", paramLabel = "LIST", description = "Leave out the articles of these outlets (comma-separated), e.g. the held-out outlets.")
    String excludeOutlets;

    @Mixin
    CacheOptions cache;

    @Mixin
    CorpusInput input;

    private Classify.Request request(Protocol protocol) throws org.framelab.util.InputException {
        return new Classify.Request(label, model.featureOptions(),
                model.classifier(), protocol, seed, bootstrap, model.selection(), model.minOutlets(),
                importance, true, ablation, compareWith == null ? null : Classify.Alternative.parse(compareWith), excludeLabels, dedupe);
    }

    /** Whether a run with a test corpus can read the training corpus as a stream ({@link ClassifyStreamed#applies}). */
    private boolean streamable() throws org.framelab.util.InputException {
        return ClassifyStreamed.applies(request(new Protocol.TestCorpus(java.util.List.of(), "", "")));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        int protocols = (cv != null ? 1 : 0) + (splitFile != null ? 1 : 0) + (test != null ? 1 : 0);
        if (protocols > 1) throw new OptionException("protocol", null, "give only one of --cv, --split-file, --test");
        if (mergeVariants && (splitFile != null || test != null)) {
            throw new OptionException("merge-outlet-variants", true, "applies to grouped cross-validation, not to --split-file or --test");
        }
        // every setting is judged before any data is read (README, exit codes): a typo must not wait for a large corpus
        request(splitFile == null && test == null ? new Protocol.CrossValidation(cv == null ? Protocol.DEFAULT_FOLDS : cv, null, false)
                : new Protocol.TestCorpus(java.util.List.of(), "", ""));
        predictions.csv.given();
        ConsoleProgress progress = input.progress();
        Corpus testCorpus = test == null ? null : ModelCli.read(test, input, progress);
        // with a test corpus the training corpus is read as a stream (twice), never held: any size fits
        org.framelab.app.OutletFilter filter = new org.framelab.app.OutletFilter(org.framelab.app.OutletFilter.parse(outlets),
                org.framelab.app.OutletFilter.parse(excludeOutlets));
        Corpus c = testCorpus != null && filter.isEmpty() && streamable() ? null : ModelCli.read(path, input, progress);
        int beforeFilter = c == null ? 0 : c.articles().size();
        if (c != null && !filter.isEmpty()) {
            c = filter.apply(c, "outlets", "exclude_outlets");
            if (c.articles().isEmpty()) throw new OptionException("outlets", null, "no article is left after --outlets/--exclude-outlets");
            out.println(filter.describe(beforeFilter, c.articles().size()));
        }
        String group = ModelCli.field(groupBy, c != null ? c : testCorpus);
        Protocol protocol;
        if (splitFile != null) protocol = new Protocol.Split(splitFile);
        else if (test != null) protocol = new Protocol.TestCorpus(testCorpus.articles(),
                String.valueOf(path.getFileName()), String.valueOf(test.getFileName()));
        else protocol = new Protocol.CrossValidation(cv == null ? Protocol.DEFAULT_FOLDS : cv, group, mergeVariants);
        Classify.Request req = request(protocol);
        out.println("Features: " + req.featureSet() + "; classifier: " + req.classifier().describe());
        org.framelab.features.AnalysisFiles store = cache.store(org.framelab.app.AnalysisCache.OFF, input.err());
        // a streamed training corpus is read twice and never held; the cache serves corpora that are read whole
        Classify.Result r = c == null ? ClassifyStreamed.run(req, ModelCli.pass(path, input), progress)
                : Classify.run(req, c.articles(), org.framelab.app.AnalysisCache.orNone(store), progress);
        if (c != null) CacheOptions.print(store, input.err());
        Map<String, Object> json = TrainReport.print(out, r, path);
        if (c != null && !filter.isEmpty()) json.put("outletFilter", filter.toJson(beforeFilter, c.articles().size()));
        if (output != null) {
            ModelFile.save(r.finalModel().model(), output);
            out.println("Model written to " + output);
        }
        if (metricsJson != null) {
            MetricsJson.write(metricsJson, json);
            out.println("Metrics written to " + metricsJson);
        }
        if (predictions.file != null) writePredictions(r, testCorpus != null ? testCorpus : c);
        if (foldsOut != null) {
            Map<String, String> groups = new LinkedHashMap<>();
            if (group != null) for (Article a : r.articles()) groups.put(a.id(), a.field(group) == null ? "" : a.field(group));
            PredictionsCsv.writeFolds(foldsOut, r.plan().testFoldOfId(r.articles()), group, groups, predictions.csv.raw());
        }
        return ExitCodes.OK;
    }

    /** The predictions with the article fields of --with, looked up by id in the corpus the predicted articles came from. */
    private void writePredictions(Classify.Result r, Corpus predicted) throws java.io.IOException {
        List<PredictionColumns.Column> columns = predictions.csv.columns(predicted.provenance().mapping());
        Map<String, Article> byId = new java.util.HashMap<>();
        if (!columns.isEmpty()) for (Article a : predicted.articles()) byId.put(a.id(), a);
        List<org.framelab.model.Prediction> preds = r.evaluation().predictions();
        PredictionsCsv.write(predictions.file, r.evaluation().labels(), preds, true, predictions.csv.raw(), columns, i -> {
            Article a = byId.get(preds.get(i).id());
            if (a == null) throw new IllegalStateException("no article for the prediction of " + preds.get(i).id());
            return PredictionColumns.values(columns, a);
        });
    }
}
