package org.framelab.features;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The fixed blocks in which the fits read the training articles on all cores. The block size does
 * not depend on the number of cores and the results are merged in block order, so a fit gives the
 * same result on any machine.
 */
final class FitBlocks {
    /** Articles per parallel work unit of a fit. */
    static final int SIZE = 1024;

    private FitBlocks() {}

    /** Number of blocks for {@code n} articles. */
    static int count(int n) {
        return (n + SIZE - 1) / SIZE;
    }

    /** Block {@code b} of {@code all}: a view of at most {@link #SIZE} consecutive elements. */
    static <T> List<T> block(List<T> all, int b) {
        return all.subList(b * SIZE, Math.min(all.size(), (b + 1) * SIZE));
    }

    /** {@code f} of every block of {@code all}, computed in parallel, in block order. */
    static <T, R> List<R> map(List<T> all, Function<List<T>, R> f) {
        return IntStream.range(0, count(all.size())).parallel().mapToObj(b -> f.apply(block(all, b))).toList();
    }
}
