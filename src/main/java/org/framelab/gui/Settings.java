package org.framelab.gui;

import org.framelab.util.AtomicFiles;
import org.framelab.util.UserDirs;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The GUI's remembered state (theme, window bounds, last view, recent files, last analysis
 * choices) in a small properties file under the user's config directory:
 * the system property {@code framelab.config.dir} (tests point it at a temp dir; it wins, as the analysis cache's
 * {@code framelab.cache.dir} does), else {@code $FRAMELAB_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/framelab}, else
 * {@code ~/.config/framelab}.
 * Written atomically; a broken file is ignored (defaults are used), never fatal.
 */
public final class Settings {
    static final int MAX_RECENT = 8;

    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings stored in {@code dir/gui.properties}. */
    public static Settings load(Path dir) {
        Settings s = new Settings(dir.resolve("gui.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("framelab: ignoring unreadable settings file " + s.file + ": " + e.getMessage());
            }
        }
        return s;
    }

    /** The default config directory (see class comment). */
    public static Path defaultDir() {
        return UserDirs.framelabDir("XDG_CONFIG_HOME", ".config", System.getProperty("framelab.config.dir"), System.getenv("FRAMELAB_CONFIG_DIR"));
    }

    public Path file() {
        return file;
    }

    public synchronized String get(String key, String def) {
        return props.getProperty(key, def);
    }

    public synchronized int getInt(String key, int def) {
        try {
            return Integer.parseInt(props.getProperty(key, Integer.toString(def)).trim());
        } catch (NumberFormatException e) {
            return def;
        }
    }

    public synchronized boolean getBoolean(String key, boolean def) {
        String v = props.getProperty(key);
        return v == null ? def : Boolean.parseBoolean(v.trim());
    }

    public synchronized void put(String key, Object value) {
        if (value == null) props.remove(key);
        else props.setProperty(key, value.toString());
    }

    /** Recent corpus files, most recent first, only those that still exist. */
    public synchronized List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = props.getProperty("recent." + i);
            if (v == null) continue;
            Path p = Path.of(v);
            if (Files.exists(p) && !out.contains(p)) out.add(p);
        }
        return out;
    }

    public synchronized void addRecent(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(recentFiles());
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) props.setProperty("recent." + i, list.get(i).toString());
            else props.remove("recent." + i);
        }
    }

    /** Writes the file (sorted keys, so it diffs well). Failure is reported, never fatal. */
    public synchronized void save() {
        try {
            StringWriter w = new StringWriter();
            w.write("# FrameLab desktop settings (written by the application)\n");
            for (var e : new TreeMap<>(props).entrySet()) {
                Properties one = new Properties();
                one.setProperty((String) e.getKey(), (String) e.getValue());
                StringWriter line = new StringWriter();
                one.store(line, null);
                // Properties.store writes a date comment first; keep only the key line(s)
                line.toString().lines().filter(l -> !l.startsWith("#")).forEach(l -> w.write(l + "\n"));
            }
            AtomicFiles.writeString(file, w.toString());
        } catch (IOException e) {
            System.err.println("framelab: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
