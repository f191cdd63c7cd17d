package org.framelab.cli;

import org.framelab.app.EvidenceGate;
import org.framelab.util.OptionException;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Evidence inside texts a classifier flags (a picocli mixin of {@code validate} and {@code lexicon learn}). */
public class GateCliOptions {
    @Option(names = "--gate-model", paramLabel = "FILE", description = "Evidence inside texts a classifier flags: count a text's hits only when this "
            + "saved model (framelab train ... -o FILE; for held-out outlets trained with --exclude-outlets HELD-OUT) gives --gate-label a "
            + "probability of at least --gate-threshold (lexicon learn --tune tunes the threshold, with a gate trained per inner fold).")
    Path gateModel;

    @Option(names = "--gate-label", paramLabel = "LABEL", description = "The label of the gate model whose probability gates the evidence, e.g. Biased.")
    String gateLabel;

    @Option(names = "--gate-threshold", paramLabel = "P", defaultValue = "" + EvidenceGate.DEFAULT_THRESHOLD,
            description = "Least probability of --gate-label for a text's hits to count (default: ${DEFAULT-VALUE}).")
    double gateThreshold;

    /** The gate given, or null; a label without a model (or the reverse) is bad usage. */
    public EvidenceGate gate() {
        if (gateModel == null && gateLabel != null) throw new OptionException("--gate-label", gateLabel, "give the gate model with --gate-model FILE");
        if (gateModel != null && gateLabel == null) throw new OptionException("--gate-label", null, "give the label that gates the evidence, e.g. --gate-label Biased");
        return gateModel == null ? null : new EvidenceGate(gateModel, gateLabel, gateThreshold);
    }
}
