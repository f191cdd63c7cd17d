package org.framelab.gui;

import org.framelab.corpus.Article;
import org.framelab.corpus.Corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Facts the browser needs for every article, computed once in the background after loading (so
 * sorting 36,000 rows by length never counts words on the event thread): word counts, outlets by
 * frequency, label values.
 */
record CorpusIndex(int[] words, List<Map.Entry<String, Integer>> outlets, String labelField,
                   List<Map.Entry<String, Integer>> labelValues) {

    static CorpusIndex of(Corpus corpus, String labelField) {
        List<Article> arts = corpus.articles();
        int[] words = new int[arts.size()];
        IntStream.range(0, arts.size()).parallel().forEach(i -> words[i] = countWords(arts.get(i).text()));
        Map<String, Integer> outlets = new TreeMap<>();
        Map<String, Integer> labels = new TreeMap<>();
        for (Article a : arts) {
            if (!a.outlet().isEmpty()) outlets.merge(a.outlet(), 1, Integer::sum);
            if (labelField != null) {
                String l = a.label(labelField);
                if (l != null) labels.merge(l, 1, Integer::sum);
            }
        }
        return new CorpusIndex(words, byCount(outlets), labelField, new ArrayList<>(labels.entrySet()));
    }

    /** Entries by descending count, then name (deterministic). */
    static List<Map.Entry<String, Integer>> byCount(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(new LinkedHashMap<>(counts).entrySet());
        l.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        return l;
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = Character.isLetterOrDigit(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    /** Indices of articles whose title or text contains {@code query} (case-insensitive), in parallel. */
    static java.util.BitSet search(Corpus corpus, String query, org.framelab.util.Progress progress) {
        Pattern p = Pattern.compile(Pattern.quote(query.trim()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<Article> arts = corpus.articles();
        boolean[] hit = new boolean[arts.size()];
        IntStream.range(0, arts.size()).parallel().forEach(i -> {
            if (progress.cancelled()) return;
            Article a = arts.get(i);
            hit[i] = p.matcher(a.title()).find() || p.matcher(a.text()).find();
        });
        progress.checkCancelled();
        java.util.BitSet bs = new java.util.BitSet(arts.size());
        for (int i = 0; i < hit.length; i++) if (hit[i]) bs.set(i);
        return bs;
    }
}
