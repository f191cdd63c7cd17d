package org.framelab.model;

import org.framelab.util.InputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stop of {@code evaluate} when some articles lack a label that is joined per outlet from a ratings table
 * ({@code --outlet-labels}): the table does not cover their outlets. The message names those outlets with their
 * article counts (the {@value #SHOWN} largest when there are more) and says what to do.
 */
public final class OutletLabelGaps {
    private OutletLabelGaps() {}

    /** Outlets named in the message; the rest are counted. */
    public static final int SHOWN = 10;

    /**
     * @param missing   articles without the label
     * @param total     articles read
     * @param byOutlet  articles without the label per outlet as written ("" for articles without an outlet)
     * @param field     the label field
     * @param table     the ratings table in words, e.g. {@code given with --outlet-labels}
     */
    public static InputException missing(long missing, long total, Map<String, Long> byOutlet, String field, String table) {
        List<Map.Entry<String, Long>> outlets = new ArrayList<>(byOutlet.entrySet());
        // most articles first, then by name: the same message for the same data
        outlets.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> named = new ArrayList<>();
        long rest = 0;
        int restOutlets = 0;
        for (Map.Entry<String, Long> e : outlets) {
            if (named.size() < SHOWN) {
                named.add((e.getKey().isEmpty() ? "(no outlet)" : "'" + e.getKey() + "'") + " " + count(e.getValue()));
            } else {
                rest += e.getValue();
                restOutlets++;
            }
        }
        String more = restOutlets == 0 ? "" : String.format(Locale.ROOT, ", and %,d more outlets (%,d articles)", restOutlets, rest);
        return new InputException(String.format(Locale.ROOT, "%,d of %,d articles have no value for label field '%s', which is joined per outlet"
                        + " from the ratings table %s: the table gives no '%s' for %s %s: %s%s.", missing, total, field, table, field,
                outlets.size() == 1 ? "this" : "these", outlets.size() == 1 ? "outlet" : String.format(Locale.ROOT, "%,d outlets", outlets.size()),
                String.join(", ", named), more)
                + "\n  What to do: add these outlets (as the corpus writes them) with their '" + field + "' to the ratings table, or remove their articles from the corpus you evaluate on (evaluate has no option that leaves them out;"
                + " train and validate have --exclude-outlets).");
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "(%,d article%s)", n, n == 1 ? "" : "s");
    }
}
