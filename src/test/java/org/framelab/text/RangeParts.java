package org.framelab.text;

import java.util.ArrayList;
import java.util.List;

/** For tests of the finders that give ranges as {@code [begin0, end0, begin1, end1, ...]}: the parts of the text they cover. */
public final class RangeParts {
    private RangeParts() {}

    /** The substrings of {@code text} that {@code ranges} (begin, end pairs) cover, in order. */
    public static List<String> of(String text, int[] ranges) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) out.add(text.substring(ranges[i], ranges[i + 1]));
        return out;
    }
}
