package org.framelab.cli;

import org.framelab.corpus.ReadOptions;
import org.framelab.gui.FrameLabApp;
import org.framelab.gui.MainWindow;
import org.framelab.gui.Screenshots;
import org.framelab.gui.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code framelab gui [PATH]}: the desktop application; {@code --screenshot DIR} writes a PNG of each main view. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the FrameLab desktop application, with PATH or the last corpus.",
                "--screenshot DIR: open PATH, visit each main view (computing features, comparing groups, "
                        + "classifying and exporting on the way), write one PNG per view, exit.",
                "Needs a display; on a server run it under xvfb-run -a."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Corpus to open (file or folder).")
    Path path;

    @WritesTo
    @Option(names = "--screenshot", paramLabel = "DIR", description = "Write one PNG per main view into DIR and exit (needs PATH).")
    Path screenshotDir;

    @Option(names = "--dark", description = "Use the dark theme (for this run and, without --screenshot, from now on).")
    boolean dark;

    @WritesTo
    @Option(names = "--config-dir", paramLabel = "DIR", description = "Where the remembered state lives (default: ~/.config/framelab, or $FRAMELAB_CONFIG_DIR).")
    Path configDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "900", description = "Screenshot mode: longest wait for one step (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--classify-features", paramLabel = "SET", description = "Screenshot mode: feature set of the classification (framing, ngrams, framing+ngrams; default: the Classify view's default, framing+ngrams).")
    String classifyFeatures;

    @Option(names = "--classify-label", paramLabel = "FIELD", description = "Screenshot mode: the field the classification predicts (default: the first label field).")
    String classifyLabel;

    @Option(names = "--spans", paramLabel = "FILE", description = "Screenshot mode: a stand-off span file to attach (id,begin,end,label[,annotator]); adds 09-spans.png and 10-validate.png.")
    Path spans;

    @CommandLine.Mixin
    CacheOptions cache;

    @CommandLine.Mixin
    CorpusInput input;

    @Override
    public Integer call() throws Exception {
        var out = input.out();
        var err = input.err();
        if (path != null && !Files.exists(path)) {
            err.println("framelab: file not found: " + path + "\n  What to do: check the path.");
            return ExitCodes.BAD_INPUT;
        }
        if (screenshotDir != null && path == null)
            throw new CommandLine.ParameterException(input.spec.commandLine(), "--screenshot needs a corpus PATH");
        if (FrameLabApp.headless()) {
            err.println("framelab: no display available: the desktop application needs one.\n"
                    + "  What to do: run it on a desktop, or under a virtual display: xvfb-run -a ./framelab gui ...");
            return ExitCodes.BAD_USAGE;
        }
        if (screenshotDir != null) {
            List<Path> files = Screenshots.run(path, input.corpus.toReadOptions(), screenshotDir, dark, Duration.ofSeconds(timeoutSeconds), classifyFeatures, classifyLabel, spans);
            for (Path f : files) out.println(f);
            out.flush();
            return ExitCodes.OK;
        }
        Settings settings = Settings.load(configDir != null ? configDir : Settings.defaultDir());
        if (dark) settings.put("theme", "dark");
        ReadOptions given = input.corpus.toReadOptions();
        if (path == null) {
            // the last session's corpus, when it still exists
            String last = settings.get("lastCorpus", null);
            if (last != null && Files.exists(Path.of(last))) path = Path.of(last);
        }
        // no mapping options: the options remembered for this file, else auto-detection
        MainWindow w = FrameLabApp.launch(settings, path, given.equals(ReadOptions.defaults()) ? null : given, true,
                cache.setting(org.framelab.app.AnalysisCache.DEFAULT));
        FrameLabApp.awaitClosed(w);
        return ExitCodes.OK;
    }
}
