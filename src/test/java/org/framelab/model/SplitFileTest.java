package org.framelab.model;

import org.framelab.SharedData;
import org.framelab.util.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SplitFileTest {
    @TempDir
    Path dir;

    @Test
    void folderOfPartFilesWithHeader() throws Exception {
        Files.writeString(dir.resolve("train.tsv"), "ID\tbias\nx1\t0\nx2\t2\n");
        Files.writeString(dir.resolve("valid.tsv"), "ID\tbias\nx3\t1\n");
        Map<String, String> m = SplitFile.read(dir);
        assertThat(m).containsExactly(Map.entry("x1", "train"), Map.entry("x2", "train"), Map.entry("x3", "valid"));
        assertThat(SplitFile.read(dir.resolve("valid.tsv"))).isEqualTo(m);
    }

    @Test
    void tableWithSplitColumn() throws Exception {
        Path f = dir.resolve("split.csv");
        Files.writeString(f, "id,split\na,train\nb,dev\nc,test\n");
        assertThat(SplitFile.read(f)).containsEntry("b", "valid").containsEntry("c", "test");
        Files.writeString(f, "id,split\na,train\nb,holdout\n");
        assertThatThrownBy(() -> SplitFile.read(f)).isInstanceOf(InputException.class).hasMessageContaining("line 3").hasMessageContaining("holdout");
        Files.writeString(f, "id,label\na,1\n");
        assertThatThrownBy(() -> SplitFile.read(f)).isInstanceOf(InputException.class).hasMessageContaining("'id' and 'split'");
    }

    @Test
    void idInTwoPartsIsRefused() throws Exception {
        Files.writeString(dir.resolve("train.tsv"), "a\nb\n");
        Files.writeString(dir.resolve("test.tsv"), "b\n");
        assertThatThrownBy(() -> SplitFile.read(dir)).isInstanceOf(InputException.class).hasMessageContaining("'b' is in both");
    }

    @Test
    void allSidesMediaSplit() throws Exception {
        Path media = SharedData.require("datasets/allsides/splits/media");
        Map<String, String> m = SplitFile.read(media);
        long train = m.values().stream().filter("train"::equals).count();
        assertThat(train).isEqualTo(26590);
        assertThat(m.size() - train).isEqualTo(2356);
    }
}
