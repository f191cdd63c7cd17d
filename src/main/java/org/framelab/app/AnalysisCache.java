package org.framelab.app;

import org.framelab.features.AnalysisFiles;
import org.framelab.features.AnalysisStore;
import org.framelab.util.OptionException;
import org.framelab.util.UserDirs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Whether and where a run keeps its article analyses between runs ({@link AnalysisFiles}): the one
 * place the CLI's {@code --cache DIR} / {@code --no-cache}, a study file's {@code outputs.cache} and
 * the GUI's default become a store. The study runner and the GUI use the default folder unless told
 * otherwise; {@code train}, {@code report} and {@code bench train} only with {@code --cache DIR}.
 *
 * <p>The default folder: the system property {@code framelab.cache.dir} (the test suite sets it),
 * else {@code $FRAMELAB_CACHE}, else {@code $XDG_CACHE_HOME/framelab}, else {@code ~/.cache/framelab}.
 *
 * @param enabled whether analyses are kept
 * @param dir     the folder, or null for the default folder
 */
public record AnalysisCache(boolean enabled, Path dir) {
    public static final AnalysisCache OFF = new AnalysisCache(false, null);
    public static final AnalysisCache DEFAULT = new AnalysisCache(true, null);

    public AnalysisCache {
        if (!enabled) dir = null;
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OptionException("cache", dir, "a folder for the analysis cache; " + dir + " is a file");
        }
    }

    /** A cache in {@code dir}. */
    public static AnalysisCache in(Path dir) {
        return new AnalysisCache(true, dir);
    }

    /**
     * The setting of a front end's options: {@code dir} (--cache DIR), {@code off} (--no-cache), else
     * {@code otherwise} (the command's default).
     */
    public static AnalysisCache of(Path dir, boolean off, AnalysisCache otherwise) {
        if (dir != null && off) throw new OptionException("cache", dir, "give either --cache DIR or --no-cache, not both");
        if (off) return OFF;
        return dir != null ? in(dir) : otherwise;
    }

    /** The folder analyses are kept in, or null when the cache is off. */
    public Path folder() {
        return !enabled ? null : dir != null ? dir : defaultFolder();
    }

    /** The default folder (see the class comment). */
    public static Path defaultFolder() {
        return UserDirs.framelabDir("XDG_CACHE_HOME", ".cache", System.getProperty("framelab.cache.dir"), System.getenv("FRAMELAB_CACHE"));
    }

    /** The store of this setting, or null when the cache is off; ignored files are reported to {@code warnings}. */
    public AnalysisFiles store(Consumer<String> warnings) {
        return enabled ? new AnalysisFiles(folder(), warnings) : null;
    }

    /** A store to hand to {@link Classify#run}: {@link AnalysisStore#NONE} when {@code files} is null. */
    public static AnalysisStore orNone(AnalysisFiles files) {
        return files == null ? AnalysisStore.NONE : files;
    }

    /** What a run did with its cache, for a manifest: the setting and the store's last use (null: no analysis was kept). */
    public record Outcome(AnalysisCache setting, AnalysisFiles.Use use) {
        /** The facts for manifest.json (a run fact, like the timings: a cached run gives the same outputs). */
        public Map<String, Object> facts() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("enabled", setting.enabled());
            if (!setting.enabled()) return m;
            m.put("folder", setting.folder().toString());
            if (use == null) {
                m.put("used", false);
                m.put("note", "no analysis to keep: no classifier, or features fitted from the texts (trigrams)");
                return m;
            }
            m.put("used", true);
            m.put("key", use.key());
            m.put("hit", use.hit());
            m.put("file_bytes", use.bytes());
            m.put("load_seconds", Math.round(use.loadSeconds() * 1000) / 1000.0);
            m.put("written", use.saved());
            m.put("save_seconds", Math.round(use.saveSeconds() * 1000) / 1000.0);
            if (!use.warnings().isEmpty()) m.put("warnings", use.warnings());
            return m;
        }
    }
}
