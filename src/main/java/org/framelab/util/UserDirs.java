package org.framelab.util;

import java.nio.file.Path;

/** Where FrameLab keeps the user's files (the remembered GUI state, the analysis cache): the XDG base directories. */
public final class UserDirs {
    private UserDirs() {}

    /**
     * The first of {@code overrides} that is set (not null nor blank; FrameLab's own property or environment variable,
     * in the caller's order), else {@code $XDG_VARIABLE/framelab}, else {@code ~/HOME_FALLBACK/framelab}, e.g.
     * {@code ~/.cache/framelab}.
     */
    public static Path framelabDir(String xdgVariable, String homeFallback, String... overrides) {
        for (String o : overrides) if (o != null && !o.isBlank()) return Path.of(o);
        String xdg = System.getenv(xdgVariable);
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "framelab");
        return Path.of(System.getProperty("user.home"), homeFallback, "framelab");
    }
}
