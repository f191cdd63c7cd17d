package org.framelab.text;

import org.framelab.util.OptionException;

/** A half-open character range [begin, end) into an article's text. */
public record Span(int begin, int end) implements Comparable<Span> {
    public Span {
        if (begin < 0 || end < begin) throw new OptionException("span", "" + begin + ".." + end);
    }

    public int length() {
        return end - begin;
    }

    public String of(CharSequence text) {
        return text.subSequence(begin, end).toString();
    }

    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    @Override
    public int compareTo(Span o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }
}
