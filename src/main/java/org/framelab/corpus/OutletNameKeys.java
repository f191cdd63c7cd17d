package org.framelab.corpus;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys that make spellings of one outlet (or label) name equal: {@link #caseKey} for spellings that differ only in
 * letter case or spacing ("Politico", "POLITICO", "politico "), {@link #family} for the variants of one outlet that
 * AllSides and rating sites list apart ("Fox News", "Fox Online News", "Fox News (Online)"). Used by the reader's
 * join of labels per outlet ({@link OutletLabels}) and by the folds ({@code model.FoldPlan}, {@code model.OutletVariants}).
 */
public final class OutletNameKeys {
    private OutletNameKeys() {}

    private static final Pattern BRACKETS = Pattern.compile("\\(.*?\\)|\\[.*?\\]");
    private static final Pattern SUFFIX = Pattern.compile("\\s+[-\u2013\u2014|:]\\s+.*$");
    private static final Pattern WORDS = Pattern.compile("\\b(online|news|editorial|editorials|opinion|opinions|web)\\b");

    /** The value with its letters in lower case and its runs of white space as one space, trimmed. */
    public static String caseKey(String value) {
        return SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The spellings among {@code values} that differ from another only in letter case or spacing ({@link #caseKey}):
     * one sorted list per such group, keyed and ordered by the group's first spelling; values without such a
     * variant are left out (so an empty map when there are none). Blank values are ignored.
     */
    public static java.util.SortedMap<String, java.util.List<String>> caseGroups(Iterable<String> values) {
        java.util.Map<String, java.util.TreeSet<String>> byKey = new java.util.HashMap<>();
        for (String v : values) if (v != null && !v.isBlank()) byKey.computeIfAbsent(caseKey(v), k -> new java.util.TreeSet<>()).add(v);
        java.util.SortedMap<String, java.util.List<String>> out = new java.util.TreeMap<>();
        for (java.util.TreeSet<String> spellings : byKey.values()) if (spellings.size() > 1) out.put(spellings.first(), java.util.List.copyOf(spellings));
        return out;
    }

    /**
     * The family key of an outlet name: lower case, without bracketed parts, without a " - ..." suffix and without the
     * words online, news, editorial, opinion and web ("Fox Online News" and "Fox News (Online)" give "fox"); the
     * trimmed name when nothing is left.
     */
    public static String family(String name) {
        if (name == null) return "";
        String x = name.toLowerCase(Locale.ROOT);
        x = BRACKETS.matcher(x).replaceAll(" ");
        x = SUFFIX.matcher(x).replaceAll("");
        x = WORDS.matcher(x).replaceAll(" ");
        x = x.replaceAll("[\\s\u00a0]+", " ").strip();
        return x.isEmpty() ? name.strip() : x;
    }
}
