package org.framelab.text;

import org.framelab.corpus.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Duplicate texts within one corpus ({@code corpus info}): groups of articles with the same
 * normalised text (exact), and clusters of near duplicates, the connected groups of articles linked
 * by exact or near-duplicate pairs ({@link NearDuplicates}; union-find, so a chain of small edits
 * forms one cluster even when its ends are less similar than the threshold).
 *
 * @param exactGroups    groups of 2+ articles with the same normalised title and text
 * @param exactArticles  articles in those groups
 * @param exactExtra     articles beyond the first of each exact group (what removing the copies removes)
 * @param nearPairs      pairs of distinct texts that are near duplicates (an exact group counts as one text)
 * @param clusters       clusters of 2+ articles linked by exact or near pairs
 * @param clusterArticles articles in those clusters
 * @param largest        the largest clusters (most articles first)
 * @param threshold      the Jaccard threshold of near duplicates
 */
public record DuplicateClusters(int exactGroups, int exactArticles, int exactExtra, long nearPairs, int clusters, int clusterArticles,
                                List<Cluster> largest, double threshold) {

    /** One cluster: its size, whether all its texts are the same (exact), and its first ids (in corpus order). */
    public record Cluster(int size, boolean exact, List<String> ids) {}

    /** Clusters reported by default, and ids shown per cluster. */
    public static final int TOP = 5, IDS = 8;

    /** The duplicates of the articles' titles and texts. */
    public static DuplicateClusters of(List<Article> articles) {
        Fingerprint[] fps = NearDuplicates.fingerprints(articles);
        int n = articles.size();
        int[] parent = IntStream.range(0, n).toArray();
        // one text of each exact group is looked up: its copies join its cluster directly
        Map<Long, Integer> first = new HashMap<>();
        Map<Long, Integer> exactCount = new HashMap<>();
        List<Integer> reps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fps[i].isEmpty()) continue;
            exactCount.merge(fps[i].exact(), 1, Integer::sum);
            Integer f = first.putIfAbsent(fps[i].exact(), i);
            if (f == null) reps.add(i);
            else union(parent, f, i);
        }
        List<int[]> pairs = nearPairs(articles, fps, reps);
        for (int[] p : pairs) union(parent, p[0], p[1]);
        int groups = 0, inGroups = 0;
        for (int c : exactCount.values()) {
            if (c < 2) continue;
            groups++;
            inGroups += c;
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int i = 0; i < n; i++) byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        List<List<Integer>> clusters = byRoot.values().stream().filter(l -> l.size() >= 2)
                .sorted(Comparator.<List<Integer>>comparingInt(l -> -l.size()).thenComparingInt(l -> l.get(0))).toList();
        List<Cluster> top = new ArrayList<>();
        for (List<Integer> c : clusters.subList(0, Math.min(TOP, clusters.size()))) {
            boolean exact = c.stream().allMatch(i -> fps[i].exact() == fps[c.get(0)].exact());
            top.add(new Cluster(c.size(), exact, c.stream().limit(IDS).map(i -> articles.get(i).id()).toList()));
        }
        int inClusters = clusters.stream().mapToInt(List::size).sum();
        return new DuplicateClusters(groups, inGroups, inGroups - groups, pairs.size(), clusters.size(), inClusters, top,
                NearDuplicates.THRESHOLD);
    }

    /** The near-duplicate pairs (article rows) among the texts at {@code reps} (one row per distinct text). */
    private static List<int[]> nearPairs(List<Article> articles, Fingerprint[] fps, List<Integer> reps) {
        Fingerprint[] rf = new Fingerprint[reps.size()];
        for (int k = 0; k < rf.length; k++) rf[k] = fps[reps.get(k)];
        NearDuplicates index = new NearDuplicates(rf, (k, size) -> {
            Article a = articles.get(reps.get(k));
            return Fingerprint.shingleSet(a.title(), a.text(), size);
        });
        return IntStream.range(0, rf.length).parallel().mapToObj(k -> {
            Article a = articles.get(reps.get(k));
            List<int[]> out = new ArrayList<>();
            for (NearDuplicates.Match m : index.matches(rf[k], a.title(), a.text())) {
                if (m.index() > k) out.add(new int[]{reps.get(k), reps.get(m.index())});
            }
            return out;
        }).flatMap(List::stream).toList();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Lines for the terminal. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "Exact duplicates (same words, ignoring case and punctuation): %,d groups, %,d articles (%,d copies)%n",
                exactGroups, exactArticles, exactExtra));
        sb.append(String.format(java.util.Locale.ROOT, "Near-duplicate clusters (Jaccard >= %.2f of word shingles, exact included): %,d clusters, %,d articles; %,d near pairs%n",
                threshold, clusters, clusterArticles, nearPairs));
        for (Cluster c : largest) {
            sb.append(String.format(java.util.Locale.ROOT, "  %,d articles%s: %s%s%n", c.size(), c.exact() ? " (exact)" : "",
                    String.join(", ", c.ids()), c.size() > c.ids().size() ? ", ..." : ""));
        }
        return sb.toString();
    }
}
