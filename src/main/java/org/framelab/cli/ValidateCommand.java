package org.framelab.cli;

import org.framelab.app.OutletFilter;
import org.framelab.app.Validate;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.util.OptionException;
import org.framelab.validation.SpanValidation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code framelab validate PATH --spans FILE}: the framing measures' evidence against human span annotations. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate the framing measures against human span annotations: for each family and feature, hits,",
                "share of hits inside annotated spans, chance rate, enrichment, span recall and token precision/recall/F1,",
                "with bootstrap 95%% intervals over articles; per annotator when the spans carry one.",
                "Spans come from a stand-off file (--spans: id,begin,end,label[,annotator], CSV or JSON lines) or a field",
                "listing the annotated words (--span-words, e.g. BABE's biased_words; detected when not given).",
                "See docs/validate.md."})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Mixin StandardExitCodes exitCodes;

    @CommandLine.Mixin
    InputArgs input;

    @CommandLine.Mixin
    FeatureCliOptions featureOptions;

    @CommandLine.Mixin
    SpanCliOptions spanOptions;

    @CommandLine.Mixin
    GateCliOptions gateOptions;


    @Option(names = "--outlets", paramLabel = "LIST", description = "Only the articles of these outlets (comma-separated, as in the outlet field, case ignored), e.g. the outlets held out of a learned lexicon.")
    String outlets;

    @Option(names = "--exclude-outlets", paramLabel = "LIST", description = "Leave out the articles of these outlets (comma-separated).")
    String excludeOutlets;


    @Option(names = "--label", paramLabel = "LABEL", description = "Only spans with this label (default: all labels).")
    String label;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + SpanValidation.Options.DEFAULT_BOOTSTRAP,
            description = "Bootstrap resamples of articles for the 95%% intervals; 0 = none (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--all-features", description = "Print every feature row (default: families and features with at least 5 hits).")
    boolean allFeatures;

    @WritesTo
    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also write validation.csv, validation.xlsx and the chart validation.png/.svg into DIR (created if needed).")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (bootstrap < 0) throw new OptionException("--bootstrap", "" + bootstrap, "give 0 (no intervals) or a number of resamples, e.g. 1000");
        ConsoleProgress progress = input.progress();
        Corpus c = input.read(progress);
        SpanAnnotations.Source src = spanOptions.source();
        org.framelab.app.EvidenceGate gate = gateOptions.gate();
        OutletFilter filter = new OutletFilter(OutletFilter.parse(outlets), OutletFilter.parse(excludeOutlets));
        Validate.Result r = Validate.run(new Validate.Request(c, src, featureOptions.toFeatureOptions("framing"),
                new SpanValidation.Options(bootstrap, seed, label), filter, gate), progress);
        PrintWriter out = input.out();
        CorpusInput.printSkippedRows(out, c.provenance()); // as compare, a study's manifest and the GUI's overview name them
        if (!filter.isEmpty()) out.println(filter.describe(c.articles().size(), (int) c.articles().stream().filter(filter::test).count()));
        if (r.gate() != null) out.print(gateText(r.gate()));
        out.print(text(r, allFeatures));
        if (output != null) {
            for (Path f : Validate.write(r, output, false)) out.println("Wrote " + f);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The readable report: how the spans were read, then one block per annotator view. */
    public static String text(Validate.Result r, boolean allFeatures) {
        StringBuilder sb = new StringBuilder();
        SpanAnnotations.Attached a = r.spans();
        SpanValidation.Result v = r.validation();
        sb.append(String.format(Locale.ROOT, "Spans: %s%n", a.source()));
        sb.append(String.format(Locale.ROOT, "  %,d annotated articles of %,d; %,d spans; %,d of %,d word tokens inside spans (chance rate %s)%n",
                v.annotatedArticles(), v.articles(), v.spans(), v.spanTokens(), v.wordTokens(),
                pct(v.wordTokens() == 0 ? Double.NaN : (double) v.spanTokens() / v.wordTokens())));
        if (a.wordsNotFound() > 0) sb.append(String.format(Locale.ROOT, "  %,d listed words not found in their text (not counted as spans)%n", a.wordsNotFound()));
        if (a.unknownIds() > 0) sb.append(String.format(Locale.ROOT, "  %,d span rows name an id that is not in the corpus (left out)%n", a.unknownIds()));
        for (String n : a.notes()) sb.append("    ").append(n).append('\n');
        sb.append("Families: ").append(r.families()).append('\n');
        sb.append(v.options().bootstrap() > 0
                ? String.format(Locale.ROOT, "95%% intervals: bootstrap over articles, %,d resamples, seed %d%n", v.options().bootstrap(), v.options().seed())
                : "No intervals (--bootstrap 0)\n");
        String view = null;
        for (SpanValidation.Row row : v.rows()) {
            if (!row.annotator().equals(view)) {
                view = row.annotator();
                sb.append('\n').append(SpanValidation.ALL.equals(view) ? "All annotators" : "Annotator " + view)
                        .append(String.format(Locale.ROOT, " (%,d articles)%n", row.articles()));
                sb.append(String.format(Locale.ROOT, "  %-44s %7s %9s %18s %21s %6s %6s %6s%n", "family / feature", "hits",
                        "in spans", "enrichment", "span recall", "tok P", "tok R", "tok F1"));
            }
            if (!row.feature().isEmpty() && !allFeatures && row.hits() < 5) continue;
            String name = row.feature().isEmpty() ? row.family() : "  " + row.feature();
            sb.append(String.format(Locale.ROOT, "  %-44s %7d %9s %18s %21s %6s %6s %6s%n", name, row.hits(),
                    pct(row.shareInSpans().value()), times(row.enrichment()), ci(row.spanRecall()),
                    dec(row.tokenPrecision().value()), dec(row.tokenRecall().value()), dec(row.tokenF1().value())));
        }
        return sb.toString();
    }

    /** The gate's lines: how many texts pass, and the classifier's own scores where the texts carry its label. */
    public static String gateText(org.framelab.app.EvidenceGate.Report g) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Gate: evidence counts only in texts with P(%s) >= %.2f: %,d of %,d texts%n",
                g.label(), g.threshold(), g.passed(), g.articles()));
        if (g.scored() > 0) {
            sb.append(String.format(Locale.ROOT, "  gate model on %,d texts with a '%s' value: accuracy %s, macro-F1 %s; of the texts passed %s are %s; %s of the %s texts passed%n",
                    g.scored(), g.labelField(), dec(g.accuracy()), dec(g.macroF1()), pct(g.gatePrecision()), g.label(), pct(g.gateRecall()), g.label()));
        }
        return sb.toString();
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static String dec(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String times(SpanValidation.Estimate e) {
        if (Double.isNaN(e.value())) return "–";
        if (Double.isNaN(e.low())) return String.format(Locale.ROOT, "%.1fx", e.value());
        return String.format(Locale.ROOT, "%.1fx (%.1f–%.1f)", e.value(), e.low(), e.high());
    }

    static String ci(SpanValidation.Estimate e) {
        if (Double.isNaN(e.value())) return "–";
        if (Double.isNaN(e.low())) return String.format(Locale.ROOT, "%.3f", e.value());
        return String.format(Locale.ROOT, "%.3f (%.3f–%.3f)", e.value(), e.low(), e.high());
    }
}
