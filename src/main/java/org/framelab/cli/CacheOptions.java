package org.framelab.cli;

import org.framelab.app.AnalysisCache;
import org.framelab.features.AnalysisFiles;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code --cache DIR} and {@code --no-cache}, for every command that classifies (a picocli mixin):
 * where the article analyses are kept between runs (docs/model.md, "Analysis cache").
 */
public class CacheOptions {
    @WritesTo
    @Option(names = "--cache", paramLabel = "DIR", description = "Keep the analysed articles (framing values, n-gram counts) in DIR and "
            + "reuse them when the same texts are classified again with the same feature settings (other classifier, folds, ablation). "
            + "Delete the folder to clear it.")
    Path dir;

    @Option(names = "--no-cache", description = "Do not read or write the analysis cache.")
    boolean off;

    /** The setting, {@code otherwise} when neither option is given. */
    AnalysisCache setting(AnalysisCache otherwise) {
        return AnalysisCache.of(dir, off, otherwise);
    }

    /** The store of the setting (null when off); files it ignores are reported on {@code err}. */
    AnalysisFiles store(AnalysisCache otherwise, PrintWriter err) {
        return setting(otherwise).store(w -> {
            err.println("framelab: warning: " + w);
            err.flush();
        });
    }

    /** One line on what the cache did, on {@code err}; nothing when the cache is off or was not used. */
    static void print(AnalysisFiles store, PrintWriter err) {
        if (store == null || store.lastUse() == null) return;
        err.println("framelab: " + store.lastUse().describe());
        err.flush();
    }
}
