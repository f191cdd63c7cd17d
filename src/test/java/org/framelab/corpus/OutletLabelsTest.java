package org.framelab.corpus;

import org.framelab.util.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Labels per outlet joined from a table of their own (a scraper's corpus and a rating site's leanings). */
class OutletLabelsTest {
    private static final String CORPUS = """
            {"id": "1", "text": "Officials said the plan works.", "site": "Reuters"}
            {"id": "2", "text": "Critics accused the minister.", "site": "POLITICO "}
            {"id": "3", "text": "The mayor told reporters.", "site": "Fox Online News"}
            {"id": "4", "text": "Sources said the deal is off.", "site": "New York Times - Opinion"}
            {"id": "5", "text": "The council voted.", "site": "Daily Planet"}
            {"id": "6", "text": "No outlet here."}
            """;
    private static final String TABLE = """
            outlet,leaning,rating_year
            Reuters,center,2020
            Politico,left,2020
            Fox News (Online),right,2021
            New York Times - News,left,2020
            New York Times (Opinion),left,2021
            """;

    @Test
    void joinsAsWrittenThenIgnoringCaseThenByUniqueNameVariantAndCountsTheRest(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("scraped.jsonl"), CORPUS);
        Path table = Files.writeString(dir.resolve("ratings.csv"), TABLE);
        Corpus c = Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(table), Progress.NONE);
        Map<String, String> leaning = new LinkedHashMap<>();
        for (Article a : c.articles()) leaning.put(a.id(), a.label("leaning"));
        // Reuters as written, POLITICO ignoring case and spacing, Fox Online News by its family (one outlet of the table has it);
        // the two New York Times rows share a family, so the opinion article is not guessed; Daily Planet is not in the table
        assertThat(leaning.keySet()).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(leaning.values()).containsExactly("center", "left", "right", null, null, null);
        assertThat(c.articles().get(2).label("rating_year")).isEqualTo("2021");
        String note = c.provenance().notes().stream().filter(n -> n.startsWith("Labels per outlet")).findFirst().orElseThrow();
        assertThat(note).isEqualTo("Labels per outlet from ratings.csv (leaning, rating_year): 3 of 6 articles matched (1 by the outlet as written; "
                + "1 ignoring case and spacing; 1 as a name variant: 'Fox Online News' as 'Fox News (Online)'); 3 articles without a value for "
                + "leaning, rating_year (1 without an outlet); 2 outlets not in the table: 'Daily Planet' (1), 'New York Times - Opinion' (1); "
                + "add them to ratings.csv (one of them is a name variant of several outlets of the table, so not matched to one: "
                + "'New York Times - Opinion' ('New York Times (Opinion)' or 'New York Times - News')).");
        // the stream gives the same articles and note
        try (ArticleStream s = Corpora.openUnique(corpus, ReadOptions.defaults().withOutletLabels(table))) {
            int n = 0;
            while (s.hasNext()) assertThat(s.next().label("leaning")).isEqualTo(leaning.get(String.valueOf(++n)));
            assertThat(s.provenance().notes()).contains(note);
        }
    }

    @Test
    void aFieldTheCorpusHasAndARepeatedOutletAreErrors(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("coded.csv"), "id,text,outlet,leaning\n1,Officials said.,Reuters,left\n");
        Path table = Files.writeString(dir.resolve("ratings.csv"), TABLE);
        assertThatThrownBy(() -> Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(table), Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("the corpus already has a field 'leaning'")
                .hasMessageContaining("rename the column in ratings.csv");
        Path twice = Files.writeString(dir.resolve("twice.csv"), "outlet,leaning\nReuters,center\nreuters ,left\n");
        Path plain = Files.writeString(dir.resolve("plain.csv"), "id,text,outlet\n1,Officials said.,Reuters\n");
        assertThatThrownBy(() -> Corpora.read(plain, ReadOptions.defaults().withOutletLabels(twice), Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("twice.csv, line 3")
                .hasMessageContaining("the outlet 'reuters' is listed twice (first at line 2");
        Path noLabel = Files.writeString(dir.resolve("nolabel.csv"), "outlet\nReuters\n");
        assertThatThrownBy(() -> Corpora.read(plain, ReadOptions.defaults().withOutletLabels(noLabel), Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("needs an outlet column and at least one label column");
    }

    @Test
    void anEmptyCellIsCountedAndARowWithoutAnOutletIsAnError(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("scraped.jsonl"), CORPUS);
        // Politico is listed, but its leaning cell is empty: its articles are found and still get no leaning
        Path table = Files.writeString(dir.resolve("ratings.csv"), "outlet,leaning\nReuters,center\nPolitico,\n\n");
        Corpus c = Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(table), Progress.NONE);
        assertThat(c.articles().get(1).label("leaning")).isNull();
        String note = c.provenance().notes().stream().filter(n -> n.startsWith("Labels per outlet")).findFirst().orElseThrow();
        assertThat(note).startsWith("Labels per outlet from ratings.csv (leaning): 2 of 6 articles matched (1 by the outlet as written; "
                + "1 ignoring case and spacing), 1 of them of an outlet whose row in ratings.csv has an empty cell, so without a value for "
                + "that field: 'POLITICO' (1); 5 articles without a value for leaning");
        Path noName = Files.writeString(dir.resolve("noname.csv"), "outlet,leaning\nReuters,center\n,left\n");
        assertThatThrownBy(() -> Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(noName), Progress.NONE))
                .isInstanceOf(CorpusException.class).hasMessageContaining("noname.csv, line 3")
                .hasMessageContaining("a row gives labels ({leaning=left}) but no outlet name");
    }

    /**
     * The Spark job's way (docs/spark.md): the workers join each article without counting ({@code join}), the driver
     * counts the articles per outlet ({@code count}, in any order, several at a time): the same labels, the same counts
     * and the same note as a local read, and the table a worker holds never changes.
     */
    @Test
    void joinWithoutCountingThenCountsPerOutletGiveTheLocalLabelsAndNote(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("scraped.jsonl"), CORPUS);
        Path table = Files.writeString(dir.resolve("ratings.csv"), TABLE.replace("Reuters,center,2020", "Reuters,center,"));
        Corpus local = Corpora.read(corpus, ReadOptions.defaults().withOutletLabels(table), Progress.NONE);
        Corpus plain = Corpora.read(corpus, ReadOptions.defaults(), Progress.NONE);
        OutletLabels t = OutletLabels.read(table);
        Map<String, Long> perOutlet = new java.util.TreeMap<>(java.util.Comparator.reverseOrder()); // another order than the input's
        for (int i = 0; i < plain.size(); i++) {
            Article a = plain.articles().get(i);
            assertThat(t.join(a).labels()).isEqualTo(local.articles().get(i).labels());
            perOutlet.merge(a.outlet() == null ? "" : a.outlet(), 1L, Long::sum);
        }
        assertThat(t.counts().articles()).isZero(); // joining counts nothing
        t.checkNew(OutletLabels.fieldsOf(plain.articles().get(0)), corpus.toString());
        perOutlet.forEach(t::count);
        String note = local.provenance().notes().stream().filter(n -> n.startsWith("Labels per outlet")).findFirst().orElseThrow();
        assertThat(t.note()).isEqualTo(note).contains("'Reuters' (1)");
        OutletLabels.Counts c = t.counts();
        assertThat(List.of(c.articles(), c.matched(), c.withoutValue(), c.withoutOutlet())).containsExactly(6L, 3L, 4L, 1L);
        assertThat(c.notInTable()).containsExactly(Map.entry("Daily Planet", 1L), Map.entry("New York Times - Opinion", 1L));
        assertThat(c.emptyCells()).containsExactly(Map.entry("Reuters", 1L));
        // the check of the first article: a field the corpus has is the local error
        Article coded = plain.articles().get(0).withLabels(Map.of("leaning", "left"));
        assertThatThrownBy(() -> t.checkNew(OutletLabels.fieldsOf(coded), "coded.jsonl"))
                .isInstanceOf(CorpusException.class).hasMessageContaining("coded.jsonl").hasMessageContaining("the corpus already has a field 'leaning'");
    }
}
