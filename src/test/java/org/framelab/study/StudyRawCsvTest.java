package org.framelab.study;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code outputs.raw_csv}: off unless the study file turns it on. */
class StudyRawCsvTest {
    @Test
    void rawCsvIsReadFromOutputs() throws Exception {
        String base = "name: demo\ncorpus:\n  path: articles.jsonl\n";
        assertThat(StudyFileTest.parse(base).outputs().rawCsv()).isFalse();
        assertThat(StudyFileTest.parse(base + "outputs:\n  raw_csv: true\n").outputs().rawCsv()).isTrue();
        assertThat(StudyFileTest.parse(base + "outputs:\n  raw_csv: false\n").outputs().rawCsv()).isFalse();
    }
}
