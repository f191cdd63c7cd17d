package org.framelab.features;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FitBlocksTest {
    @Test
    void blocksCoverTheListInOrderWithAFixedSize() {
        assertThat(FitBlocks.count(0)).isZero();
        assertThat(FitBlocks.count(FitBlocks.SIZE)).isEqualTo(1);
        assertThat(FitBlocks.count(FitBlocks.SIZE + 1)).isEqualTo(2);
        List<Integer> all = IntStream.range(0, 2 * FitBlocks.SIZE + 5).boxed().toList();
        assertThat(FitBlocks.block(all, 1)).hasSize(FitBlocks.SIZE).startsWith(FitBlocks.SIZE);
        assertThat(FitBlocks.block(all, 2)).containsExactly(2 * FitBlocks.SIZE, 2 * FitBlocks.SIZE + 1,
                2 * FitBlocks.SIZE + 2, 2 * FitBlocks.SIZE + 3, 2 * FitBlocks.SIZE + 4);
        // computed in parallel, returned in block order
        List<List<Integer>> blocks = FitBlocks.map(all, ArrayList::new);
        assertThat(blocks).hasSize(3);
        assertThat(blocks.stream().flatMap(List::stream).toList()).isEqualTo(all);
    }
}
