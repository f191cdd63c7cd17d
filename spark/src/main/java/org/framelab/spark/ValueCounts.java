package org.framelab.spark;

import org.framelab.stats.Descriptives;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The values of one feature in one group, kept exactly as a mergeable summary: each distinct value
 * (in {@link Double#compare} order, so -0.0 before 0.0 as {@link Arrays#sort(double[])} has them) with
 * how often it occurs, plus the number of missing (NaN) values. Partitions add values, the shuffle merges
 * partial summaries in any order, and {@link #describe} gives the core's {@link Descriptives} of the
 * values: the same sorted array the local code sorts, so n, mean, sd, quartiles and the CI are the local
 * numbers bit for bit, whatever the partitioning.
 *
 * <p>Memory: 16 bytes per distinct value (counts of events have few; a rate has up to one per article of
 * the group) plus a buffer while adding (at least {@value #BUFFER}
 * values, at most as many as the summary has distinct values).
 */
public final class ValueCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int BUFFER = 1024;

    private long missing;
    private double[] values = new double[0];   // distinct, ascending by Double.compare
    private long[] counts = new long[0];
    private int size;
    private transient double[] buffer;
    private transient int buffered;

    /** Adds one value; NaN counts as missing. */
    public ValueCounts add(double v) {
        if (Double.isNaN(v)) {
            missing++;
            return this;
        }
        if (buffer == null) buffer = new double[BUFFER];
        if (buffered == buffer.length) {
            // flushed when the buffer is as large as the summary: sorting and merging stay O(n log n) overall
            if (buffered >= size) flush();
            else buffer = Arrays.copyOf(buffer, Math.min(Math.max(size, 2 * buffered), Integer.MAX_VALUE - 8));
        }
        buffer[buffered++] = v;
        return this;
    }

    /** Adds the other summary's values to this one (the other is left as it was); returns this. */
    public ValueCounts merge(ValueCounts other) {
        flush();
        other.flush();
        missing += other.missing;
        mergeSorted(other.values, other.counts, other.size);
        return this;
    }

    /** Values (NaN excluded). */
    public long n() {
        flush();
        long n = 0;
        for (int i = 0; i < size; i++) n += counts[i];
        return n;
    }

    /** Missing (NaN) values. */
    public long missing() {
        return missing;
    }

    /** Distinct non-missing values. */
    public int distinct() {
        flush();
        return size;
    }

    /**
     * The core's descriptives of these values ({@link Descriptives#of}: sample sd, type-7 quartiles, t interval of
     * the mean), computed from the same sorted values the local code sorts.
     */
    public Descriptives describe(String group) {
        flush();
        long n = n();
        if (n + missing > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("group '" + group + "' has " + (n + missing) + " values; at most " + (Integer.MAX_VALUE - 8));
        }
        double[] all = new double[(int) (n + missing)];
        int k = 0;
        for (int i = 0; i < size; i++) {
            for (long c = 0; c < counts[i]; c++) all[k++] = values[i];
        }
        Arrays.fill(all, k, all.length, Double.NaN);
        return Descriptives.of(group, all);
    }

    /** Sorts and run-length encodes the buffered values into the summary. */
    private void flush() {
        if (buffered == 0) return;
        double[] b = Arrays.copyOf(buffer, buffered);
        buffered = 0;
        Arrays.sort(b);
        double[] v = new double[b.length];
        long[] c = new long[b.length];
        int m = 0;
        for (double d : b) {
            if (m > 0 && Double.compare(v[m - 1], d) == 0) c[m - 1]++;
            else {
                v[m] = d;
                c[m++] = 1;
            }
        }
        mergeSorted(v, c, m);
    }

    private void mergeSorted(double[] ov, long[] oc, int on) {
        if (on == 0) return;
        double[] v = new double[size + on];
        long[] c = new long[size + on];
        int i = 0, j = 0, m = 0;
        while (i < size || j < on) {
            int cmp = i == size ? 1 : j == on ? -1 : Double.compare(values[i], ov[j]);
            if (cmp < 0) {
                v[m] = values[i];
                c[m++] = counts[i++];
            } else if (cmp > 0) {
                v[m] = ov[j];
                c[m++] = oc[j++];
            } else {
                v[m] = values[i];
                c[m++] = counts[i++] + oc[j++];
            }
        }
        values = m == v.length ? v : Arrays.copyOf(v, m);
        counts = m == c.length ? c : Arrays.copyOf(c, m);
        size = m;
    }

    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        flush();
        out.defaultWriteObject();
    }
}
