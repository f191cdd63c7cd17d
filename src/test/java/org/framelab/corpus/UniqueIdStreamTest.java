package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The duplicate-id check on a stream ({@link Corpora#openUnique}), the rule {@link Corpora#read} applies. */
class UniqueIdStreamTest {
    private static Path corpus(Path dir, int n, int... repeatsOf) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) lines.add("{\"id\": \"a" + i + "\", \"text\": \"text " + i + "\"}");
        for (int r : repeatsOf) lines.add("{\"id\": \"a" + r + "\", \"text\": \"again\"}");
        Path p = dir.resolve("c.jsonl");
        Files.write(p, lines);
        return p;
    }

    private static List<String> ids(ArticleStream s) throws CorpusException {
        List<String> out = new ArrayList<>();
        while (s.hasNext()) out.add(s.nextArticle().id());
        return out;
    }

    @Test
    void manyDistinctIdsPassAndARepeatAfterTheTableGrewIsFoundWithItsFirstLine(@TempDir Path dir) throws Exception {
        Path p = corpus(dir, 20_000, 17_000);
        ReadOptions strict = ReadOptions.defaults();
        try (ArticleStream s = Corpora.openUnique(p, strict)) {
            for (int i = 0; i < 20_000; i++) assertThat(s.nextArticle().id()).isEqualTo("a" + i);
            assertThatThrownBy(s::nextArticle).isInstanceOf(CorpusException.class)
                    .hasMessageContaining("c.jsonl, line 20001, field 'id': duplicate id 'a17000' (first used at line 17001)")
                    .hasMessageContaining("--skip-bad");
        }
    }

    @Test
    void skipBadDropsTheLaterRowsAndCountsThemLikeRead(@TempDir Path dir) throws Exception {
        Path p = corpus(dir, 3000, 5, 2999, 5);
        ReadOptions skip = new ReadOptions(FieldMapping.auto(), null, null, null, true, 0);
        try (ArticleStream s = Corpora.openUnique(p, skip)) {
            assertThat(ids(s)).hasSize(3000).doesNotHaveDuplicates();
            Provenance streamed = s.provenance();
            Provenance read = Corpora.read(p, skip, null).provenance();
            assertThat(streamed).isEqualTo(read);
            assertThat(streamed.rowsSkipped()).isEqualTo(3);
            assertThat(streamed.duplicateIdsSkipped()).isEqualTo(3);
            assertThat(streamed.skippedSample().get(2).toString()).contains("line 3003").contains("duplicate id 'a5' (first used at line 6)");
        }
    }

    @Test
    void hashTableKeepsTheFirstLineOfEveryKey() {
        UniqueIdStream.HashLines t = new UniqueIdStream.HashLines();
        for (long i = 0; i < 100_000; i++) assertThat(t.putIfAbsent(UniqueIdStream.hash("id" + i), i)).isEqualTo(-1);
        assertThat(t.size()).isEqualTo(100_000);
        for (long i = 0; i < 100_000; i += 997) assertThat(t.putIfAbsent(UniqueIdStream.hash("id" + i), -5)).isEqualTo(i);
        assertThat(t.putIfAbsent(UniqueIdStream.hash(""), 0)).isEqualTo(-1);
        assertThat(t.putIfAbsent(UniqueIdStream.hash(""), 9)).isEqualTo(0);   // line 0 is a stored line, not an empty slot
    }
}
