package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.features.Hit;
import org.framelab.features.SubjectiveFamily;
import org.framelab.lexicon.LearnedLexiconFile;
import org.framelab.lexicon.Lexicon;
import org.framelab.lexicon.LexiconLearner;
import org.framelab.lexicon.VectorExpansion;
import org.framelab.model.BiasedWordTask;
import org.framelab.model.ModelFile;
import org.framelab.model.OverlapCheck;
import org.framelab.model.TrainedModel;
import org.framelab.text.TokenizedText;
import org.framelab.text.Tokenizer;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.framelab.util.Runtime2;
import org.framelab.validation.SpanValidation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * {@code lexicon learn}: induces a lexicon of loaded words from the annotated spans of the training
 * part of a corpus ({@link LexiconLearner}), writes it as a {@code term,category} file with its
 * provenance ({@link LearnedLexiconFile}), and measures it on the held-out part: the span validation
 * of its hits through {@link Validate} (the same numbers as {@code validate --lexicon NAME=FILE
 * --outlets HELD-OUT}) and the "which word is biased" task ({@link BiasedWordTask}). Thresholds are
 * given or tuned on the training outlets alone ({@link LexiconTuning}); the held-out part is only
 * ever measured.
 */
public final class LearnLexicon {
    private LearnLexicon() {}

    /**
     * How the corpus is split. Outlets: {@code train} (learn from these; the rest is held out) or
     * {@code holdout} (hold these out, learn from the rest); otherwise a random {@code fraction} of the
     * annotated articles is held out ({@code seed}); fraction 0 and no outlets: learn from everything.
     */
    public record Split(List<String> train, List<String> holdout, double fraction, long seed) {
        public static final Split ALL = new Split(List.of(), List.of(), 0, 42);

        public Split {
            train = List.copyOf(train);
            holdout = List.copyOf(holdout);
            OptionException.check(train.isEmpty() || holdout.isEmpty(), "holdout_outlets", String.join(",", holdout),
                    "give either --train-outlets or --holdout-outlets");
            OptionException.check(fraction >= 0 && fraction < 1, "holdout_fraction", fraction, "a share of articles in [0, 1), e.g. 0.25");
            OptionException.check(fraction == 0 || (train.isEmpty() && holdout.isEmpty()), "holdout_fraction", fraction,
                    "give either outlets or a fraction");
        }

        boolean byOutlets() {
            return !train.isEmpty() || !holdout.isEmpty();
        }
    }

    /**
     * @param corpus      the corpus as read
     * @param spans       where the spans come from (a word-list field is detected when empty)
     * @param split       the training / held-out split
     * @param options     the thresholds (ignored for the tuned ones when {@code tune})
     * @param tune        choose the thresholds on the training outlets (leave-one-outlet-out) instead
     * @param goal        the enrichment the tuning keeps (span recall is maximised among points reaching it)
     * @param tuneEvidence tune for the loaded-language evidence (lexicon with the built-in categories), else the lexicon alone
     * @param output      the lexicon file to write
     * @param name        the lexicon's name in column names ({@code lexicon.NAME.CATEGORY})
     * @param validation  bootstrap and seed of the held-out validation
     * @param date        the date written in the header
     * @param gate        evidence on the held-out part counts only in texts this classifier flags (a model trained on the
     *                    training outlets only); with {@code tune} its threshold is tuned too, with gates trained per inner
     *                    fold (cross-fitted); null for no gate
     * @param calibrateGoal with {@code tune}: raise the goal inside the tuning until the choice reaches it on inner folds it
     *                    was not made on ({@link GoalCheck.Calibration}); false: choose at the goal itself
     * @param goalMargin  with {@code calibrateGoal}: standard errors of the nested check's enrichment the goal must be
     *                    reached by ({@link GoalCheck#DEFAULT_GOAL_MARGIN}; 0: the estimate itself)
     */
    public record Request(Corpus corpus, SpanAnnotations.Source spans, Split split, LexiconLearner.Options options,
                          boolean tune, double goal, boolean tuneEvidence, Path output, String name, SpanValidation.Options validation, LocalDate date,
                          EvidenceGate gate, LexiconTuning.ExpandOptions expand, boolean calibrateGoal, double goalMargin) {
        public Request {
            OptionException.check(goalMargin >= 0 && goalMargin <= 5, "goal_margin", goalMargin, "a number of standard errors from 0 to 5");
            OptionException.check(name != null && name.matches("[A-Za-z0-9_.-]+"), "name", name, "letters, digits, _ . -");
            OptionException.check(output != null, "output", null, "give the lexicon file to write with -o FILE.csv");
            LearnedLexiconFile.checkOutput(output);
        }

        /** The goal calibrated (the default). */
        public Request(Corpus corpus, SpanAnnotations.Source spans, Split split, LexiconLearner.Options options,
                       boolean tune, double goal, boolean tuneEvidence, Path output, String name, SpanValidation.Options validation, LocalDate date,
                       EvidenceGate gate, LexiconTuning.ExpandOptions expand) {
            this(corpus, spans, split, options, tune, goal, tuneEvidence, output, name, validation, date, gate, expand, true,
                    GoalCheck.DEFAULT_GOAL_MARGIN);
        }

        /** Without a gate. */
        public Request(Corpus corpus, SpanAnnotations.Source spans, Split split, LexiconLearner.Options options,
                       boolean tune, double goal, boolean tuneEvidence, Path output, String name, SpanValidation.Options validation, LocalDate date) {
            this(corpus, spans, split, options, tune, goal, tuneEvidence, output, name, validation, date, null, null);
        }

        /** Without vector expansion. */
        public Request(Corpus corpus, SpanAnnotations.Source spans, Split split, LexiconLearner.Options options, boolean tune, double goal,
                       boolean tuneEvidence, Path output, String name, SpanValidation.Options validation, LocalDate date, EvidenceGate gate) {
            this(corpus, spans, split, options, tune, goal, tuneEvidence, output, name, validation, date, gate, null);
        }
    }

    /**
     * What was learned and measured.
     *
     * @param learned         the lexicon
     * @param trainOutlets    outlets of the training part, sorted
     * @param heldOutOutlets  outlets of the held-out part, sorted (empty without a held-out part)
     * @param trainArticles   annotated training articles
     * @param heldOutArticles annotated held-out articles
     * @param tuning          the threshold search, null when not tuned
     * @param heldOut         span validation on the held-out part (built-in family and the learned lexicon), null without one
     * @param ranking         the "which word is biased" task on the held-out part, empty without one
     * @param rankedSentences held-out sentences of the task (biased, with annotated words)
     * @param split           how the corpus was split (as written in the file's header)
     * @param byOutlets       whether the held-out part is a set of outlets ({@code validate --outlets} then gives the same numbers)
     * @param combined        span validation on the held-out part of the loaded-language evidence: the learned
     *                        lexicon together with the built-in subjective and loaded categories (one unit), null without one
     * @param expandRegression whether the expansion scored words by the regression on their vectors (else by their neighbours)
     */
    public record Result(LexiconLearner.Learned learned, Path file, List<String> trainOutlets, List<String> heldOutOutlets,
                         long trainArticles, long heldOutArticles, LexiconTuning.Result tuning, Validate.Result heldOut,
                         List<BiasedWordTask.Accuracy> ranking, long rankedSentences, String spans, String split, boolean byOutlets,
                         SpanValidation.Result combined, GateUse gate, List<VectorExpansion.Added> expanded, double expandThreshold,
                         boolean expandRegression) {
        public Result {
            trainOutlets = List.copyOf(trainOutlets);
            heldOutOutlets = List.copyOf(heldOutOutlets);
            ranking = List.copyOf(ranking);
        }
    }

    /**
     * How the gate was used.
     *
     * @param threshold      the threshold applied to the held-out part (tuned or given), NaN when the tuning chose no gate
     * @param tuned          whether the threshold was tuned on the training outlets
     * @param report         the gate on the held-out texts (null when no gate was applied)
     * @param heldOutInModel held-out texts that duplicate a training text of the gate model (should be 0: the gate must not
     *                       have seen the held-out outlets), -1 when the model keeps no fingerprints
     */
    public record GateUse(Path model, String label, double threshold, boolean tuned, EvidenceGate.Report report, long heldOutInModel) {}

    /** One annotated article, tokenised, with its token mask. */
    record Item(Article article, LexiconLearner.Example example) {}

    public static Result run(Request r, Progress progress) throws InputException {
        SpanAnnotations.Attached attached = Validate.attach(r.corpus(), r.spans());
        List<Item> items = new ArrayList<>();
        for (Article a : attached.corpus().articles()) {
            if (!SpanAnnotations.isAnnotated(a)) continue;
            TokenizedText t = Tokenizer.DEFAULT.tokenize(a.text());
            List<int[]> spans = new ArrayList<>();
            for (var an : SpanAnnotations.spans(a)) spans.add(new int[]{an.begin(), an.end()});
            items.add(new Item(a, new LexiconLearner.Example(t, LexiconLearner.mask(t, spans))));
        }
        if (attached.spans() == 0) {
            throw new CorpusException(file(r.corpus()), -1, null, "no annotated word was found (no span to learn from)",
                    "name the field listing the annotated words with --span-words FIELD or give a stand-off file with --spans FILE");
        }
        Split s = r.split();
        OutletFilter.check(r.corpus().articles(), s.train(), "train_outlets");
        OutletFilter.check(r.corpus().articles(), s.holdout(), "holdout_outlets");
        List<Item> train = new ArrayList<>(), held = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(s.seed());
        OutletFilter heldFilter = !s.holdout().isEmpty() ? new OutletFilter(s.holdout(), List.of())
                : new OutletFilter(List.of(), s.train());
        for (Item it : items) {
            boolean isHeld = s.byOutlets() ? heldFilter.test(it.article()) : s.fraction() > 0 && rnd.nextDouble() < s.fraction();
            (isHeld ? held : train).add(it);
        }
        if (train.isEmpty() || train.stream().noneMatch(it -> any(it.example().inSpan()))) {
            throw new OptionException("train_outlets", "the training part has no annotated word; hold out fewer outlets");
        }
        LexiconLearner.Options o = r.options();
        LexiconTuning.Result tuning = null;
        TrainedModel gateModel = r.gate() == null ? null : ModelFile.load(r.gate().model());
        if (gateModel != null) EvidenceGate.labelIndex(gateModel, r.gate().label());
        LexiconTuning.Expansion expansion = null;
        if (r.expand() != null) {
            progress.start("Reading the word vectors and their neighbours", -1);
            expansion = r.expand().load(LexiconLearner.count(examples(train), false).forms().keySet());
            progress.done();
        }
        if (r.tune()) {
            Map<String, Double> gateProb = gateModel == null ? null : crossFittedGate(train, gateModel, r.gate().label(), progress);
            tuning = LexiconTuning.run(train, o, r.goal(), r.tuneEvidence(), gateProb, expansion, r.calibrateGoal(), r.goalMargin(), progress);
            o = tuning.chosen();
        }
        progress.start("Learning the lexicon", 1);
        LexiconLearner.Learned learned = LexiconLearner.learn(LexiconLearner.count(examples(train), o.bigrams()), o);
        double expandAt = expansion == null ? Double.NaN : tuning != null ? tuning.expandThreshold() : r.expand().threshold();
        boolean byRegression = expansion != null && (tuning != null ? tuning.expandRegression() : r.expand().method() == LexiconTuning.ExpandMethod.REGRESSION);
        org.framelab.lexicon.VectorRegression regression = byRegression ? expansion.regression(learned.counts()) : null;
        List<VectorExpansion.Added> added = Double.isNaN(expandAt) ? List.of() : expansion.graph().expand(learned, regression, expandAt, expansion.maxSeen());
        List<String> trainOutlets = outlets(train), heldOutlets = outlets(held);
        String split = s.byOutlets() ? "by outlets; held out: " + (heldOutlets.isEmpty() ? "(none)" : String.join(", ", heldOutlets))
                : s.fraction() > 0 ? String.format(Locale.ROOT, "random %.0f%% of annotated articles held out (seed %d)", 100 * s.fraction(), s.seed())
                : "no held-out part (learned from every annotated article)";
        if (tuning != null) split += "; thresholds tuned on the training outlets (" + tuning.protocol() + ")";
        String srcFile = r.corpus().provenance().files().isEmpty() ? "corpus" : r.corpus().provenance().files().get(0);
        LearnedLexiconFile.Provenance prov = new LearnedLexiconFile.Provenance(Path.of(srcFile).getFileName().toString(),
                sha256(Path.of(srcFile)), attached.source(), split, trainOutlets, train.size(), Runtime2.version(), r.date());
        String vectorsNote = expansion == null ? null : String.format(Locale.ROOT,
                "%s (%d words, %d dimensions), %d neighbours, words seen at most %d times in training, %s >= %s",
                r.expand().vectors().getFileName(), expansion.graph().vectors().words().size(), expansion.graph().vectors().dimensions(),
                expansion.graph().neighboursPerWord(), expansion.maxSeen(),
                byRegression ? String.format(Locale.ROOT, "regression's predicted enrichment (ridge %s)", expansion.ridge()) : "neighbour score",
                Double.isNaN(expandAt) ? "(none: not expanded)" : expandAt);
        write(r.output(), LearnedLexiconFile.text(learned, prov, vectorsNote, added, byRegression));
        progress.done();
        Validate.Result v = null;
        SpanValidation.Result combined = null;
        GateUse gateUse = null;
        List<BiasedWordTask.Accuracy> ranking = new ArrayList<>();
        long ranked = 0;
        if (!held.isEmpty()) {
            List<Article> heldArticles = new ArrayList<>();
            for (Item it : held) heldArticles.add(stripSpans(it.article()));
            FeatureOptions fo = new FeatureOptions(List.of(SubjectiveFamily.NAME), Map.of(r.name(), r.output()), List.of(), null);
            double t = r.gate() == null ? Double.NaN : tuning != null ? tuning.gateThreshold() : r.gate().threshold();
            EvidenceGate gate = Double.isNaN(t) ? null : new EvidenceGate(r.gate().model(), r.gate().label(), t);
            v = Validate.run(new Validate.Request(new Corpus(heldArticles, r.corpus().provenance()), r.spans(),
                    fo, r.validation(), OutletFilter.NONE, gate), progress);
            Lexicon lex = VectorExpansion.lexicon(learned, added, r.name());
            Lexicon builtIn = SubjectiveFamily.builtIn();
            List<Article> heldAttached = new ArrayList<>();
            for (Item it : held) heldAttached.add(it.article());
            java.util.function.Function<Article, List<Hit>> ev = a -> evidence(lex, builtIn, a);
            if (gate != null) {
                EvidenceGate.Flags flags = EvidenceGate.flag(gateModel, gate.label(), t, heldAttached, Progress.NONE);
                ev = EvidenceGate.filter(ev, flags::passes);
            }
            combined = SpanValidation.compute(heldAttached, ev, r.validation(), Progress.NONE);
            if (r.gate() != null) {
                long dup = -1;
                if (gateModel.trainingTexts() != null) {
                    dup = 0;
                    for (boolean b : new OverlapCheck.AgainstTraining(gateModel.trainingTexts()).check(heldArticles)) if (b) dup++;
                }
                gateUse = new GateUse(r.gate().model(), r.gate().label(), t, tuning != null, v.gate(), dup);
            }
            List<BiasedWordTask.Sentence> test = sentences(held);
            ranked = test.size();
            ranking = rank(train, test, learned, o);
        }
        return new Result(learned, r.output(), trainOutlets, heldOutlets, train.size(), held.size(), tuning, v, ranking, ranked,
                attached.source(), split, s.byOutlets(), combined, gateUse, added, expandAt, byRegression);
    }

    /** Folds of the gate's cross-fitting: the inner folds of the tuning ({@link LexiconTuning#groups}). */
    static final int GATE_INNER_FOLDS = 3;

    /**
     * The gate label's probability for every training article from a gate trained without the
     * article's own inner fold (its outlet): FrameLab's classifier with the saved gate model's label
     * field and feature set, the default classifier and selection ({@code framelab train} defaults),
     * trained through {@link Classify#train} on the other training outlets' articles whose label is
     * one the saved model knows. The held-out part is never used.
     */
    static Map<String, Double> crossFittedGate(List<Item> train, TrainedModel model, String label, Progress progress) throws InputException {
        String field = model.info().labelField();
        FeatureOptions fo = FeatureSets.optionsFor(model.info().features(), FeatureOptions.defaults());
        Map<String, List<Item>> groups = LexiconTuning.groups(train);
        Map<String, Double> out = new HashMap<>();
        progress.start("Training the gate per inner fold (cross-fitted, training outlets only)", groups.size());
        for (Map.Entry<String, List<Item>> g : groups.entrySet()) {
            progress.checkCancelled();
            List<Article> rest = new ArrayList<>();
            for (Map.Entry<String, List<Item>> other : groups.entrySet()) {
                if (other == g) continue;
                for (Item it : other.getValue()) {
                    String v = it.article().field(field);
                    if (v != null && model.labels().contains(v.strip())) rest.add(stripSpans(it.article()));
                }
            }
            Classify.Request req = Classify.Request.of(field, fo,
                    new Protocol.CrossValidation(GATE_INNER_FOLDS, "outlet", false), model.info().seed());
            TrainedModel m = Classify.train(req, rest, Progress.NONE).model();
            List<Article> fold = new ArrayList<>();
            for (Item it : g.getValue()) fold.add(stripSpans(it.article()));
            out.putAll(EvidenceGate.flag(m, label, 0, fold, Progress.NONE).probability());
            progress.step(1);
        }
        progress.done();
        return out;
    }

    /** The "which word is biased" rankers: random baseline, the learned lexicon alone, the word-level model. */
    static List<BiasedWordTask.Accuracy> rank(List<Item> train, List<BiasedWordTask.Sentence> test, LexiconLearner.Learned learned,
                                              LexiconLearner.Options o) {
        BiasedWordTask.BuiltInLexicons lex = new BiasedWordTask.BuiltInLexicons();
        // cross-fitted log-odds for the model's training rows: each group learned without itself
        Map<String, List<Item>> groups = LexiconTuning.groups(train);
        Map<BiasedWordTask.Sentence, LexiconLearner.Learned> learnedFor = new HashMap<>();
        List<BiasedWordTask.Sentence> trainSentences = new ArrayList<>();
        for (Map.Entry<String, List<Item>> g : groups.entrySet()) {
            List<Item> rest = new ArrayList<>();
            for (Map.Entry<String, List<Item>> other : groups.entrySet()) if (other != g) rest.addAll(other.getValue());
            LexiconLearner.Learned l = LexiconLearner.learn(LexiconLearner.count(examples(rest), o.bigrams()), o);
            for (BiasedWordTask.Sentence s : sentences(g.getValue())) {
                learnedFor.put(s, l);
                trainSentences.add(s);
            }
        }
        List<BiasedWordTask.Accuracy> out = new ArrayList<>();
        out.add(BiasedWordTask.evaluate("random word (expected)", test, BiasedWordTask.randomRanker()));
        out.add(BiasedWordTask.evaluate("learned lexicon (log-odds)", test, BiasedWordTask.lexiconRanker(learned)));
        if (!trainSentences.isEmpty()) {
            var model = BiasedWordTask.fit(trainSentences, learnedFor::get, lex, 1.0);
            out.add(BiasedWordTask.evaluate("word-level logistic regression", test, BiasedWordTask.modelRanker(model, learned, lex)));
        }
        return out;
    }

    /** Biased sentences with annotated words: spans present and, when the corpus has label_bias, labelled Biased. */
    static List<BiasedWordTask.Sentence> sentences(List<Item> items) {
        List<BiasedWordTask.Sentence> out = new ArrayList<>();
        for (Item it : items) {
            String label = it.article().field("label_bias");
            if (label != null && !label.strip().equalsIgnoreCase("biased")) continue;
            if (!any(it.example().inSpan())) continue;
            out.add(new BiasedWordTask.Sentence(it.example().tokens(), it.example().inSpan()));
        }
        return out;
    }

    static List<LexiconLearner.Example> examples(List<Item> items) {
        List<LexiconLearner.Example> out = new ArrayList<>(items.size());
        for (Item it : items) out.add(it.example());
        return out;
    }

    /** Hits of a lexicon in an article, as the subjective family reports a user lexicon's hits. */
    static List<Hit> hits(Lexicon lex, String name, Article a) {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(a.text());
        List<Hit> out = new ArrayList<>();
        String feature = "lexicon." + name;
        lex.match(t, (b, e, cats, term) -> out.add(new Hit(SubjectiveFamily.NAME, feature, term, t.span(b, e),
                a.text().substring(t.begin(b), t.end(e - 1)), Map.of("lexicon", name))));
        return out;
    }

    /** The categories of the built-in lexicon that count as loaded-language evidence beside a learned lexicon. */
    public static final List<String> EVIDENCE_CATEGORIES = List.of("subjective", SubjectiveFamily.LOADED);
    /** The family name of the combined evidence's rows. */
    public static final String EVIDENCE = "loaded-language evidence";

    /** Hits of the learned lexicon and of the built-in subjective and loaded categories, as one unit. */
    static List<Hit> evidence(Lexicon learned, Lexicon builtIn, Article a) {
        TokenizedText t = Tokenizer.DEFAULT.tokenize(a.text());
        List<Hit> out = new ArrayList<>();
        boolean[] taken = new boolean[t.size()];
        Lexicon.MatchSink sink = (b, e, cats, term) -> {
            for (int i = b; i < e; i++) if (taken[i]) return;
            for (int i = b; i < e; i++) taken[i] = true;
            out.add(new Hit(EVIDENCE, EVIDENCE, term, t.span(b, e), a.text().substring(t.begin(b), t.end(e - 1)), Map.of()));
        };
        learned.match(t, sink);
        List<String> cats = builtIn.categories();
        builtIn.match(t, (b, e, cs, term) -> {
            for (int c : cs) {
                if (EVIDENCE_CATEGORIES.contains(cats.get(c))) {
                    sink.match(b, e, cs, term);
                    return;
                }
            }
        });
        return out;
    }

    static List<String> outlets(List<Item> items) {
        TreeSet<String> out = new TreeSet<>();
        for (Item it : items) out.add(it.article().outlet().isEmpty() ? "(no outlet)" : it.article().outlet());
        return List.copyOf(out);
    }

    private static boolean any(boolean[] b) {
        for (boolean x : b) if (x) return true;
        return false;
    }

    /** The article as read (the validation attaches the spans again from the same source). */
    private static Article stripSpans(Article a) {
        List<org.framelab.corpus.Annotation> keep = new ArrayList<>();
        for (var an : a.annotations()) {
            if (!SpanAnnotations.FIELD.equals(an.field()) && !SpanAnnotations.CODED.equals(an.field())) keep.add(an);
        }
        return new Article(a.id(), a.title(), a.text(), a.outlet(), a.date(), a.url(), a.authors(), a.labels(), a.metadata(), keep);
    }

    private static void write(Path file, String text) throws InputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot write the lexicon: " + e.getMessage()
                    + "\n  What to do: choose a file in a folder you can write to.", e);
        }
    }

    /** SHA-256 (hex) of a file, or a note for a folder or a missing file. */
    static String sha256(Path file) {
        if (!Files.isRegularFile(file)) return "(not a single file)";
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            byte[] d = ((DigestInputStream) in).getMessageDigest().digest();
            StringBuilder hex = new StringBuilder();
            for (byte b : d) hex.append(String.format("%02x", b));
            return hex.toString();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static String file(Corpus c) {
        return c.provenance().files().isEmpty() ? "corpus" : c.provenance().files().get(0);
    }
}
