package org.framelab.cli;

import org.framelab.util.OptionException;

import org.framelab.corpus.Corpus;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.ReadOptions;
import org.framelab.corpus.SkippedRow;
import org.framelab.stats.Agreement;
import org.framelab.stats.AgreementOptions;
import org.framelab.stats.AgreementReport;
import org.framelab.stats.Judgement;
import org.framelab.stats.MeasurementLevel;
import org.framelab.util.AtomicFiles;
import org.framelab.util.Json;
import org.framelab.util.Progress;
import org.framelab.app.AgreementLevels;
import org.framelab.app.MeasureAgreement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.framelab.util.Json.num;

/** {@code framelab agreement PATH --item-field F --annotator-field A --label-field L}: inter-annotator agreement. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Inter-annotator agreement (percent agreement, Cohen's, Fleiss' kappa, Krippendorff's alpha) from judgement-level data.",
                "One row per item and annotator; reports percent agreement, Cohen's kappa per annotator pair, Fleiss' kappa",
                "and Krippendorff's alpha with a bootstrap CI.",
                "Rows the reader cannot use (e.g. an empty item) are skipped and reported; use --strict to stop at the first one.",
                "Output fields are documented in docs/stats.md."})
public final class AgreementCommand implements Callable<Integer> {
    @CommandLine.Mixin StandardExitCodes exitCodes;

    @CommandLine.Mixin
    CorpusInput input;

    @Parameters(index = "0", paramLabel = "PATH", description = "Judgement-level data: .xlsx, .csv/.tsv or .jsonl(.gz).")
    Path path;

    @Option(names = "--level", paramLabel = "LEVEL|FIELD=LEVEL", split = ",",
            description = "Measurement level for Krippendorff's alpha: nominal, ordinal or interval, for every field (default: nominal), "
                    + "or per field, e.g. --level frame=nominal,tone=ordinal (fields not named: the level given alone, else nominal).")
    List<String> level = new ArrayList<>();

    @Option(names = "--order", paramLabel = "[FIELD=]LOW,...,HIGH",
            description = "Ordinal level with non-numeric values: the categories from lowest to highest; FIELD= gives them for one "
                    + "field (repeatable), e.g. --order 'opinion=factual,mixed,opinionated'.")
    List<String> order = new ArrayList<>();

    @Option(names = "--missing", paramLabel = "VALUE",
            description = "A value meaning 'no judgement' (repeatable). Blank values always count as missing. "
                    + "Default: NA, N/A, nan, null, None, No agreement (ignoring case).")
    List<String> missing;

    @Option(names = "--recode", paramLabel = "OLD=NEW",
            description = "Replace a value before computing (repeatable), e.g. --recode 'Biased, unfair=Biased'.")
    List<String> recode = new ArrayList<>();

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + AgreementOptions.DEFAULT_BOOTSTRAP,
            description = "Bootstrap resamples of items for the 95%% CI of alpha; 0 = no CI (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--strict", description = "Stop at the first row the reader cannot use instead of skipping and reporting it.")
    boolean strict;

    @Option(names = "--json", description = "Print JSON (stable field names, see docs/stats.md).")
    boolean json;

    @WritesTo
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Also write the JSON result to FILE.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (input.corpus.itemField == null || input.corpus.annotatorField == null) {
            throw new CommandLine.ParameterException(input.spec.commandLine(),
                    "agreement needs --item-field (the coded unit) and --annotator-field (the coder)");
        }
        if (input.corpus.labelFields.isEmpty()) {
            throw new CommandLine.ParameterException(input.spec.commandLine(),
                    "agreement needs --label-field (the coded variable; several allowed, comma-separated)");
        }
        AgreementOptions opts = options();
        ReadOptions read = input.corpus.toReadOptions();
        if (!strict && !read.skipBad()) {
            read = new ReadOptions(read.mapping(), read.encoding(), read.delimiter(), read.sheet(), true, read.limit());
        }
        PrintWriter out = input.out();
        Corpus c = input.read(path, read, new ConsoleProgress(input.err()));
        List<Map<String, Object>> results = new ArrayList<>();
        List<AgreementReport> reports = new ArrayList<>();
        for (MeasureAgreement.FieldResult f : MeasureAgreement.run(c, input.corpus.labelFields, opts, levels(), Progress.NONE)) {
            reports.add(f.report());
            results.add(toJson(f.field(), f.report()));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", path.toString());
        doc.put("itemField", input.corpus.itemField);
        doc.put("annotatorField", input.corpus.annotatorField);
        doc.put("missingValues", opts.missingValues());
        doc.put("recode", opts.recode());
        Provenance p = c.provenance();
        doc.put("rowsRead", p.rowsRead());
        doc.put("rowsSkipped", p.rowsSkipped());
        doc.put("skippedRows", p.skippedSample().stream().map(SkippedRow::toString).toList());
        doc.put("results", results);
        String jsonText = Json.pretty(doc);
        if (output != null) AtomicFiles.writeString(output, jsonText + "\n");
        if (json) {
            out.println(jsonText);
        } else {
            out.print(text(p, input.corpus.labelFields, reports));
            out.print(settings(opts));
        }
        out.flush();
        return ExitCodes.OK;
    }

    AgreementOptions options() {
        MeasurementLevel l = MeasurementLevel.NOMINAL;
        for (String v : level) if (v.indexOf('=') < 0) l = MeasurementLevel.parse(v);
        Map<String, String> rec = new LinkedHashMap<>();
        for (String r : recode) {
            int eq = r.lastIndexOf('=');
            if (eq <= 0) throw new OptionException("--recode", "'" + r + "' (write OLD=NEW)");
            rec.put(r.substring(0, eq).trim(), r.substring(eq + 1).trim());
        }
        List<String> all = new ArrayList<>();
        for (String o : order) if (orderField(o) == null) for (String x : o.split(",", -1)) all.add(x.trim());
        AgreementLevels per = levels();
        if (!all.isEmpty() && l != MeasurementLevel.ORDINAL && !per.levels().containsValue(MeasurementLevel.ORDINAL)) {
            throw new OptionException("--order", "only used with --level ordinal");
        }
        for (String f : per.orders().keySet()) {
            if (per.levels().getOrDefault(f, l) != MeasurementLevel.ORDINAL) {
                throw new OptionException("--order", f + "=... (only used for an ordinal field: add --level " + f + "=ordinal)");
            }
        }
        return new AgreementOptions(l, missing, rec, all, bootstrap, seed).withRecodeOptions();
    }

    /** The levels and orders given per field ({@code --level tone=ordinal}, {@code --order tone=low,mid,high}). */
    AgreementLevels levels() {
        Map<String, MeasurementLevel> byField = new LinkedHashMap<>();
        for (String v : level) {
            int eq = v.indexOf('=');
            if (eq < 0) continue;
            String f = v.substring(0, eq).trim();
            if (!input.corpus.labelFields.contains(f)) {
                throw new OptionException("--level", v, "'" + f + "' is not one of --label-field " + String.join(",", input.corpus.labelFields));
            }
            try {
                byField.put(f, MeasurementLevel.parse(v.substring(eq + 1)));
            } catch (OptionException e) {
                throw new OptionException("--level", v, "choose nominal, ordinal or interval for '" + f + "'");
            }
        }
        Map<String, List<String>> orders = new LinkedHashMap<>();
        for (String o : order) {
            String f = orderField(o);
            if (f == null) continue;
            List<String> cats = new ArrayList<>();
            for (String x : o.substring(f.length() + 1).split(",", -1)) cats.add(x.trim());
            orders.put(f, cats);
        }
        return new AgreementLevels(byField, orders);
    }

    /** The label field an {@code --order FIELD=...} value names, or null (an order for every ordinal field). */
    private String orderField(String v) {
        int eq = v.indexOf('=');
        if (eq <= 0) return null;
        String f = v.substring(0, eq).trim();
        return input.corpus.labelFields.contains(f) ? f : null;
    }

    /** The report as a JSON tree with the documented, stable names (NaN becomes null). */
    public static Map<String, Object> toJson(String field, AgreementReport r) {
        Map<String, Long> perItem = new LinkedHashMap<>();
        r.ratersPerItem().forEach((k, v) -> perItem.put(Integer.toString(k), v));
        AgreementReport.Alpha a = r.alpha();
        AgreementReport.FleissKappa f = r.fleiss();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (AgreementReport.PairKappa k : r.cohen()) {
            pairs.add(Json.object("annotatorA", k.annotatorA(), "annotatorB", k.annotatorB(), "items", k.items(),
                    "agreement", num(k.agreement()), "kappa", num(k.kappa()), "weightedKappa", num(k.weightedKappa()), "fewItems", k.fewItems(),
                    "note", org.framelab.app.MeasureAgreement.pairFlag(r, k)));
        }
        return Json.object("field", field, "level", r.level().label(),
                "judgementsRead", r.judgementsRead(), "judgementsUsed", r.judgementsUsed(),
                "judgementsExcluded", r.judgementsExcluded(), "excluded", r.excluded(),
                "items", r.items(), "pairableItems", r.pairableItems(), "annotators", r.annotators(),
                "categories", r.categories(), "judgementsPerAnnotator", r.judgementsPerAnnotator(), "judgementsPerItem", perItem,
                "krippendorffAlpha", Json.object("level", a.level().label(), "value", num(a.value()),
                        "ciLow", num(a.ciLow()), "ciHigh", num(a.ciHigh()),
                        "bootstrapSamples", a.samples(), "seed", a.seed(), "pairableValues", a.pairableValues()),
                "fleissKappa", Json.object("kappa", num(f.kappa()), "raters", f.raters(), "items", f.items(), "itemsExcluded", f.itemsExcluded()),
                "percentAgreement", num(r.percentAgreement()), "meanCohenKappa", num(r.meanCohenKappa()),
                "meanCohenKappaPairs", r.pairsInMean().size(), "meanCohenKappaAllPairs", num(AgreementReport.mean(r.cohen())),
                "meanCohenKappaNote", org.framelab.app.MeasureAgreement.meanBasis(r, true),
                "meanWeightedCohenKappa", num(r.meanWeightedKappa()),
                "minPairItems", AgreementReport.MIN_PAIR_ITEMS,
                "cohenKappa", pairs, "warnings", r.warnings());
    }

    /** The value handling in effect, printed under the table so a reader of the output knows what was done. */
    static String settings(AgreementOptions o) {
        StringBuilder sb = new StringBuilder("\nMissing judgements: blank values");
        if (!o.missingValues().isEmpty()) sb.append(" and ").append(String.join(", ", o.missingValues().stream().map(v -> "'" + v + "'").toList())).append(" (ignoring case)");
        sb.append('\n');
        if (!o.recode().isEmpty()) {
            List<String> r = new ArrayList<>();
            o.recode().forEach((k, v) -> r.add("'" + k + "' -> '" + v + "'"));
            sb.append("Recoded: ").append(String.join(", ", r)).append('\n');
        }
        return sb.toString();
    }

    /** The readable report. */
    static String text(Provenance p, List<String> fields, List<AgreementReport> reports) {
        StringBuilder sb = new StringBuilder();
        if (p.rowsSkipped() > 0) {
            sb.append(String.format(Locale.ROOT, "Rows skipped by the reader: %,d (not judgements of any item)%n", p.rowsSkipped()));
            for (SkippedRow s : p.skippedSample()) sb.append("  ").append(s).append('\n');
            sb.append('\n');
        }
        for (int i = 0; i < reports.size(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(text(fields.get(i), reports.get(i)));
        }
        return sb.toString();
    }

    /** The readable report of one field. */
    public static String text(String field, AgreementReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Agreement").append(field == null ? "" : " on '" + field + "'").append('\n');
        sb.append(String.format(Locale.ROOT, "  judgements read      %,d%n", r.judgementsRead()));
        sb.append(String.format(Locale.ROOT, "  judgements used      %,d%n", r.judgementsUsed()));
        sb.append(String.format(Locale.ROOT, "  judgements excluded  %,d%n", r.judgementsExcluded()));
        r.excluded().forEach((why, n) -> sb.append(String.format(Locale.ROOT, "      %,8d  %s%n", n, why)));
        long single = r.ratersPerItem().getOrDefault(1, 0L);
        sb.append(String.format(Locale.ROOT, "  items                %,d (%,d with 2+ judgements, %,d with one)%n", r.items(), r.pairableItems(), single));
        sb.append(String.format(Locale.ROOT, "  annotators           %,d%n", r.annotators()));
        sb.append("  items by judgements  ");
        List<String> per = new ArrayList<>();
        r.ratersPerItem().forEach((k, v) -> per.add(String.format(Locale.ROOT, "%d: %,d", k, v)));
        sb.append(String.join(", ", per)).append('\n');
        sb.append("  categories           ");
        List<String> cats = new ArrayList<>();
        r.categories().forEach((k, v) -> cats.add(String.format(Locale.ROOT, "'%s' %,d", k, v)));
        sb.append(String.join(", ", cats)).append("\n\n");

        AgreementReport.Alpha a = r.alpha();
        String ci = Double.isNaN(a.ciLow()) ? "" : String.format(Locale.ROOT, "  95%% CI [%.3f, %.3f] (bootstrap: %,d resamples of items, seed %d)",
                a.ciLow(), a.ciHigh(), a.samples(), a.seed());
        sb.append(String.format(Locale.ROOT, "  %-34s %s%s%n", "Krippendorff's alpha (" + a.level().label() + ")", f3(a.value()), ci));
        AgreementReport.FleissKappa fk = r.fleiss();
        sb.append(String.format(Locale.ROOT, "  %-34s %s  (%,d items with %d judgements; %,d items left out)%n",
                "Fleiss' kappa", f3(fk.kappa()), fk.items(), fk.raters(), fk.itemsExcluded()));
        sb.append(String.format(Locale.ROOT, "  %-34s %s  (mean share of agreeing pairs per item)%n", "Percent agreement", f3(r.percentAgreement())));
        sb.append(String.format(Locale.ROOT, "  %-34s %s  (%s)%n", "Mean Cohen's kappa (Light)", f3(r.meanCohenKappa()),
                org.framelab.app.MeasureAgreement.meanBasis(r, false)));
        boolean weighted = r.level() != MeasurementLevel.NOMINAL;
        if (weighted) {
            sb.append(String.format(Locale.ROOT, "  %-34s %s  (the same pairs, %s weights)%n", "Mean weighted Cohen's kappa", f3(r.meanWeightedKappa()),
                    r.level() == MeasurementLevel.INTERVAL ? "quadratic" : "linear"));
        }
        if (!r.cohen().isEmpty()) {
            sb.append("\n  Cohen's kappa per annotator pair\n");
            int w = Math.max(11, r.cohen().stream().mapToInt(k -> Math.max(k.annotatorA().length(), k.annotatorB().length())).max().orElse(0));
            sb.append(String.format(Locale.ROOT, "    %-" + w + "s %-" + w + "s %8s %10s %7s%s%n", "annotator A", "annotator B", "items", "agreement", "kappa",
                    weighted ? " weighted" : ""));
            for (AgreementReport.PairKappa k : r.cohen()) {
                sb.append(String.format(Locale.ROOT, "    %-" + w + "s %-" + w + "s %,8d %10s %7s%s%s%n",
                        k.annotatorA(), k.annotatorB(), k.items(), f3(k.agreement()), f3(k.kappa()), weighted ? String.format(Locale.ROOT, " %8s", f3(k.weightedKappa())) : "",
                        k.fewItems() ? "  " + org.framelab.app.MeasureAgreement.pairFlag(r, k) : ""));
            }
        }
        if (!r.warnings().isEmpty()) {
            sb.append("\n  Warnings\n");
            for (String wn : r.warnings()) sb.append("    - ").append(wn).append('\n');
        }
        return sb.toString();
    }

    static String f3(double d) {
        return Double.isNaN(d) ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }
}
