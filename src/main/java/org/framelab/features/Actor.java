package org.framelab.features;

import org.framelab.util.OptionException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor to track: a display name and the spellings that count as a mention
 * ({@code Russia=Russia|Moscow|Kremlin}; a plain {@code Russia} is its own only alias). An alias
 * written with a capital letter only matches capitalised text (so {@code US} does not match "us").
 */
public record Actor(String name, List<String> aliases) implements Serializable {
    public Actor {
        if (name == null || name.isBlank()) throw new OptionException("actor", "empty name");
        name = name.strip();
        aliases = aliases == null || aliases.isEmpty() ? List.of(name) : List.copyOf(aliases);
        for (String a : aliases) {
            if (a.isBlank()) throw new OptionException("actor", "empty alias for " + name);
        }
    }

    /** Parses {@code Name} or {@code Name=alias1|alias2}. */
    public static Actor parse(String spec) {
        String s = spec.strip();
        int eq = s.indexOf('=');
        if (eq < 0) return new Actor(s, List.of(s));
        String name = s.substring(0, eq).strip();
        List<String> aliases = new ArrayList<>();
        for (String a : s.substring(eq + 1).split("\\|")) {
            if (!a.isBlank()) aliases.add(a.strip());
        }
        if (aliases.isEmpty()) throw new OptionException("actor", "'" + spec + "' lists no alias after =");
        return new Actor(name, aliases);
    }
}
