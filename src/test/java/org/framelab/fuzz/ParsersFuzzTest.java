package org.framelab.fuzz;

import org.framelab.fuzz.Mutations.Mutation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.framelab.lexicon.Lexicons;
import org.framelab.model.SplitFile;
import org.framelab.study.StudyFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Lexicon loaders (LIWC .dic, MPQA .tff, plain lists, term,category CSV), study YAML and split files on
 * random mutations of valid files: each ends normally or with an input error (exit 3), never another
 * exception, a hang or an exhausted heap.
 */
@Tag("fuzz")
class ParsersFuzzTest {
    static final String LIWC = "%\n1\tposemo\n2\tnegemo\n10\tcogmech\n%\nabandon*\t2\naccept\t1\t10\n"
            + "a lot\t1\nlike\t(02 134)1/10\nkind of\t10/2\n";
    static final String MPQA = "type=weaksubj len=1 word1=abandoned pos1=adj stemmed1=n priorpolarity=negative\n"
            + "type=strongsubj len=1 word1=abuse pos1=verb stemmed1=y priorpolarity=negative\n"
            + "type=weaksubj len=1 word1=accept pos1=anypos stemmed1=y polarity=weakpos\n";
    static final String PLAIN = "# report verbs (Recasens et al. 2013)\nalleged\nclaimed*\nso-called\n\nsay so\n";
    static final String LEX_CSV = "term,category\nalleged,distancing\n\"so-called\",distancing\nclaim*;hedge\n# done\n";
    static final Map<String, String> LEXICONS = Map.of("liwc.dic", LIWC, "clues.tff", MPQA, "report_verbs.txt", PLAIN,
            "framing.csv", LEX_CSV);
    static final String SPLIT_TABLE = "id,split\n1,train\n2,valid\n3,dev\n4,test\n";
    static final String SPLIT_PART = "ID\tbias\n1\t0\n2\t1\n3\t2\n";
    static final String STUDY_CORPUS = "{\"id\":\"1\",\"text\":\"Officials said so.\",\"leaning\":\"left\",\"outlet\":\"A\"}\n"
            + "{\"id\":\"2\",\"text\":\"Critics claimed otherwise.\",\"leaning\":\"right\",\"outlet\":\"B\"}\n";

    static FuzzHarness h;
    static byte[] study;

    @BeforeAll
    static void setUp() throws IOException {
        h = new FuzzHarness("parsers");
        study = Files.readAllBytes(Path.of("datasets/demo/study.yaml"));
    }

    @AfterAll
    static void tearDown() {
        h.close();
    }

    private interface Parse {
        Object parse(Path file) throws Exception;
    }

    private static void parse(String name, String seed, List<Mutation> ms, Parse p) throws Exception {
        Path dir = h.newDir();
        try {
            Path f = dir.resolve(name);
            Files.write(f, Mutations.apply(seed.getBytes(StandardCharsets.UTF_8), ms));
            p.parse(f);
        } finally {
            h.clean(dir);
        }
    }

    /** Each lexicon format: a LIWC .dic, an MPQA .tff, a plain list and a term,category CSV. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"liwc.dic", "clues.tff", "report_verbs.txt", "framing.csv"})
    void lexicon(String file) {
        String seed = LEXICONS.get(file);
        h.check("lexicon " + file, file.length() * 1000L + seed.length(), 6, (ms, r) -> parse(file, seed, ms, Lexicons::load));
    }

    /** The demo study with its corpus beside it, so a mutation can reach every section. */
    @Test
    void studyYaml() {
        h.check("study YAML", 42, 6, (ms, r) -> {
            Path dir = h.newDir();
            try {
                Files.writeString(dir.resolve("articles.jsonl"), STUDY_CORPUS);
                Path f = dir.resolve("study.yaml");
                Files.write(f, Mutations.apply(study, ms));
                StudyFile.read(f);
            } finally {
                h.clean(dir);
            }
        });
    }

    @Test
    void splitTable() {
        h.check("split table", 3, 6, (ms, r) -> parse("split.csv", SPLIT_TABLE, ms, SplitFile::read));
    }

    /** A split folder (train.tsv, valid.tsv) with one part file mutated. */
    @Test
    void splitFolder() {
        h.check("split folder", 36254, 6, (ms, r) -> {
            boolean train = r.nextBoolean();
            Path dir = h.newDir();
            try {
                Path folder = Files.createDirectory(dir.resolve("media"));
                byte[] mutated = Mutations.apply(SPLIT_PART.getBytes(StandardCharsets.UTF_8), ms);
                Files.write(folder.resolve("train.tsv"), train ? mutated : SPLIT_PART.getBytes(StandardCharsets.UTF_8));
                Files.write(folder.resolve("valid.tsv"), train ? "ID\tbias\n9\t0\n".getBytes(StandardCharsets.UTF_8) : mutated);
                SplitFile.read(folder);
            } finally {
                h.clean(dir);
            }
        });
    }
}
