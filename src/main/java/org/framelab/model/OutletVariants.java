package org.framelab.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Outlet names that are variants of one outlet: AllSides lists "Fox News", "Fox Online News",
 * "Fox News (Online)" and "Fox News Opinion" as separate sources, and "New York Times - News" next
 * to "New York Times - Opinion". Variants share house style and boilerplate, so grouping folds by
 * the raw name still lets a model see the "unseen" outlet in training. {@link #family} reduces a
 * name to a key shared by its variants: lower case, without bracketed parts, without a " - ..."
 * suffix and without the words online, news, editorial, opinion and web.
 */
public final class OutletVariants {
    private OutletVariants() {}

    /** The family key of an outlet name ("Fox Online News" and "Fox News (Online)" give "fox"; {@link org.framelab.corpus.OutletNameKeys#family}). */
    public static String family(String name) {
        return org.framelab.corpus.OutletNameKeys.family(name);
    }

    /** Families with two or more distinct names, each with its names sorted. */
    public static Map<String, List<String>> variants(Collection<String> names) {
        Map<String, TreeSet<String>> byFamily = new TreeMap<>();
        for (String n : names) {
            if (n == null || n.isBlank()) continue;
            byFamily.computeIfAbsent(family(n), k -> new TreeSet<>()).add(n);
        }
        Map<String, List<String>> out = new TreeMap<>();
        byFamily.forEach((k, v) -> {
            if (v.size() > 1) out.put(k, new ArrayList<>(v));
        });
        return out;
    }
}
