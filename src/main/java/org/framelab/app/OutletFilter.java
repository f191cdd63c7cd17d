package org.framelab.app;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;
import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps or leaves out the articles of named outlets ({@code validate --outlets / --exclude-outlets},
 * {@code lexicon learn --train-outlets / --holdout-outlets}). Names match the outlet field exactly,
 * ignoring case and surrounding blanks; a name that matches no outlet is the user's mistake, and the
 * error lists the outlets the corpus has.
 *
 * @param keep    only these outlets (empty: every outlet)
 * @param exclude never these outlets
 */
public record OutletFilter(List<String> keep, List<String> exclude) {
    public static final OutletFilter NONE = new OutletFilter(List.of(), List.of());

    public OutletFilter {
        keep = clean(keep);
        exclude = clean(exclude);
    }

    public boolean isEmpty() {
        return keep.isEmpty() && exclude.isEmpty();
    }

    /** Splits a comma-separated list ("Alternet, Fox News"); null or blank is empty. */
    public static List<String> parse(String list) {
        List<String> out = new ArrayList<>();
        if (list == null) return out;
        for (String s : list.split(",")) if (!s.isBlank()) out.add(s.strip());
        return out;
    }

    /** Whether the article passes the filter. */
    public boolean test(Article a) {
        String o = key(a.outlet());
        if (!keep.isEmpty() && keep.stream().noneMatch(k -> key(k).equals(o))) return false;
        return exclude.stream().noneMatch(k -> key(k).equals(o));
    }

    /**
     * The corpus with only the passing articles; {@code keepKey} and {@code excludeKey} name the
     * settings in errors (e.g. {@code outlets}, {@code exclude_outlets}).
     */
    public Corpus apply(Corpus c, String keepKey, String excludeKey) {
        if (isEmpty()) return c;
        check(c.articles(), keep, keepKey);
        check(c.articles(), exclude, excludeKey);
        List<Article> out = new ArrayList<>();
        for (Article a : c.articles()) if (test(a)) out.add(a);
        return new Corpus(out, c.provenance());
    }

    /**
     * What the filter did, in words: "Outlets: all; left out: Alternet, Fox News (412 articles left out, 2,045 kept)".
     * {@code before} and {@code after}: article counts before and after {@link #apply}. The one place this statement is
     * made, for every command that filters outlets.
     */
    public String describe(int before, int after) {
        return "Outlets: " + (keep.isEmpty() ? "all" : "only " + String.join(", ", keep))
                + (exclude.isEmpty() ? "" : "; left out: " + String.join(", ", exclude))
                + String.format(Locale.ROOT, " (%,d article%s left out, %,d kept)", before - after, before - after == 1 ? "" : "s", after);
    }

    /** The same for a JSON record: the outlets kept and left out, and the article counts. */
    public Map<String, Object> toJson(int before, int after) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("only", keep);
        m.put("excluded", exclude);
        m.put("articlesLeftOut", before - after);
        m.put("articlesKept", after);
        return m;
    }

    /**
     * Throws when a name of {@code names} matches no outlet of the articles (a {@link org.framelab.util.NotInDataException}:
     * bad input, known after reading); the message lists the outlets found.
     */
    public static void check(List<Article> articles, List<String> names, String key) {
        if (names.isEmpty()) return;
        Map<String, Integer> found = outlets(articles);
        List<String> unknown = new ArrayList<>();
        for (String n : names) if (found.keySet().stream().noneMatch(f -> key(f).equals(key(n)))) unknown.add(n);
        if (unknown.isEmpty()) return;
        StringBuilder list = new StringBuilder();
        found.forEach((o, n) -> list.append(list.length() == 0 ? "" : ", ").append(o.isEmpty() ? "(no outlet)" : o).append(" (").append(n).append(')'));
        throw new org.framelab.util.NotInDataException(key, String.join(", ", unknown),
                (unknown.size() == 1 ? "no such outlet" : "no such outlets") + " in the corpus; its outlets are: "
                        + (found.isEmpty() ? "none (the corpus has no outlet field; map one with --outlet-field)" : list),
                "give outlets as the corpus names them (case and surrounding spaces do not matter), separated by commas.");
    }

    /** Outlets of the articles with their article counts, sorted by name. */
    public static Map<String, Integer> outlets(List<Article> articles) {
        Map<String, Integer> out = new TreeMap<>();
        for (Article a : articles) out.merge(a.outlet(), 1, Integer::sum);
        return out;
    }

    private static String key(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> clean(List<String> l) {
        List<String> out = new ArrayList<>();
        if (l != null) for (String s : l) if (s != null && !s.isBlank()) out.add(s.strip());
        return List.copyOf(out);
    }
}
