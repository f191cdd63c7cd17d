package org.framelab.corpus;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusCliTest {
    @Test
    void infoPrintsCountsAndMapping() {
        Cli r = new Cli("corpus", "info", Cli.resource("babe_like.csv").toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("Documents: 3").contains("labels=label_bias,label_opinion,type")
                .contains("Label 'label_bias':").containsPattern("Non-biased\\s+2\\s+66.7%")
                .contains("Outlets: 2 distinct").contains("Rows read: 3   Rows skipped: 0");
    }

    @Test
    void mappingOptionsOverrideDetection() {
        Cli r = new Cli("corpus", "info", Cli.resource("babe_like.csv").toString(), "--label-field", "topic",
                "--outlet-field", "news_link");
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("labels=topic").contains("outlet=news_link").contains("Outlets: 3 distinct")
                .doesNotContain("Label 'label_bias'");
    }

    @Test
    void benchLoadPrintsThroughputAndHeap() {
        Cli r = new Cli("bench", "load", Cli.resource("articles.jsonl").toString());
        assertThat(r.code).as(r.err).isZero();
        assertThat(r.out).contains("articles:       3").containsPattern("text:\\s+0\\.0 MB")
                .contains("seconds:").contains("MB/s").containsPattern("peak heap:\\s+\\d+ MB used");
    }

    @Test
    void badEncodingNameIsBadUsage() {
        Cli r = new Cli("corpus", "info", Cli.resource("babe_like.csv").toString(), "--encoding", "klingon-8");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("Invalid --encoding").doesNotContain("Exception");
    }
}
