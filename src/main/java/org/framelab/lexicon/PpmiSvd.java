package org.framelab.lexicon;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.framelab.util.OptionException;

import java.util.Arrays;
import java.util.Random;

/**
 * Distributional word vectors from a stream of word ids: positive pointwise mutual information
 * (PPMI) of word–context co-occurrence in a symmetric window, with context-distribution smoothing,
 * factorised by a truncated SVD — the "PPMI + SVD" of Levy, Goldberg &amp; Dagan 2015, "Improving
 * distributional similarity with lessons learned from word embeddings" (TACL 3):
 * <pre>
 *   PPMI(w, c) = max(0, ln( #(w,c) · Σ_c' #c'^α / (#w · #c^α) ))      α = 0.75 (context smoothing)
 *   W = U_d · Σ_d^p                                                  p = 0.5 (eigenvalue weighting)
 * </pre>
 * with {@code #w} and {@code #c} the row and column sums of the co-occurrence counts. The SVD is the
 * randomised range finder with power iterations of Halko, Martinsson &amp; Tropp 2011 ("Finding structure
 * with randomness", SIAM Review 53(2), alg. 4.4 and 5.1) on primitive arrays, its small eigenproblem
 * solved by Commons Math. Words are the ids {@code 0 … words-1}, contexts the ids {@code 0 … contexts-1}
 * (the most frequent words first); a negative id breaks the window (a sentence or text boundary), an id
 * {@code ≥ words} is a rare word that fills a window position but is counted neither as word nor context.
 * Single-threaded and seeded: equal input, equal output.
 */
public final class PpmiSvd {
    private PpmiSvd() {}

    /**
     * @param words      rows (word ids below this get vectors)
     * @param contexts   columns (context ids below this are counted), at most {@code words}
     * @param window     positions on each side counted as context
     * @param smoothing  α of the context distribution (0.75 in Levy et al.)
     * @param dimensions d, the vector length
     * @param eigenPower p, the power of the singular values in the vectors (0.5)
     * @param oversample extra columns of the randomised range finder
     * @param powerIterations power iterations of the range finder
     * @param seed       seed of the random test matrix
     */
    public record Settings(int words, int contexts, int window, double smoothing, int dimensions, double eigenPower,
                           int oversample, int powerIterations, long seed) {
        public static final Settings DEFAULTS = new Settings(25_000, 10_000, 4, 0.75, 200, 0.5, 20, 2, 42);

        public Settings {
            OptionException.check(words >= 2, "vocabulary", words, "at least 2 words");
            OptionException.check(contexts >= 1 && contexts <= words, "contexts", contexts, "between 1 and the vocabulary size");
            OptionException.check((long) words * contexts < Integer.MAX_VALUE, "contexts", contexts, "words × contexts below 2^31");
            OptionException.check(window >= 1, "window", window, "at least 1");
            OptionException.check(smoothing > 0 && smoothing <= 1, "smoothing", smoothing, "in (0, 1], e.g. 0.75");
            OptionException.check(dimensions >= 1 && dimensions + oversample <= Math.min(words, contexts), "dimensions", dimensions,
                    "at least 1 and, with the oversampling, at most the number of contexts");
            OptionException.check(oversample >= 0 && powerIterations >= 0, "oversample", oversample, "0 or more");
        }

        public Settings withSize(int words, int contexts, int dimensions) {
            return new Settings(words, contexts, window, smoothing, dimensions, eigenPower, oversample, powerIterations, seed);
        }
    }

    /** Co-occurrence counts (dense, words × contexts, row-major). */
    public static int[] cooccurrence(int[] ids, int length, Settings s) {
        int w = s.words(), c = s.contexts();
        int[] counts = new int[w * c];
        for (int i = 0; i < length; i++) {
            int a = ids[i];
            if (a < 0 || a >= w) continue;
            int row = a * c;
            for (int k = 1; k <= s.window(); k++) {
                int j = i - k;
                if (j < 0 || ids[j] < 0) break;
                if (ids[j] < c) counts[row + ids[j]]++;
            }
            for (int k = 1; k <= s.window(); k++) {
                int j = i + k;
                if (j >= length || ids[j] < 0) break;
                if (ids[j] < c) counts[row + ids[j]]++;
            }
        }
        return counts;
    }

    /** The PPMI matrix in compressed rows: {@code rowStart} (words + 1), {@code col}, {@code value}. */
    public record Sparse(int rows, int cols, int[] rowStart, int[] col, double[] value) {}

    public static Sparse ppmi(int[] counts, Settings s) {
        int w = s.words(), c = s.contexts();
        long[] rowSum = new long[w];
        long[] colSum = new long[c];
        long nnz = 0;
        for (int r = 0; r < w; r++) {
            for (int k = 0; k < c; k++) {
                int n = counts[r * c + k];
                rowSum[r] += n;
                colSum[k] += n;
            }
        }
        double smoothedTotal = 0;
        double[] smoothedCol = new double[c];
        for (int k = 0; k < c; k++) smoothedTotal += smoothedCol[k] = Math.pow(colSum[k], s.smoothing());
        double total = 0;
        for (long v : rowSum) total += v;
        int[] rowStart = new int[w + 1];
        double[] pmiTmp = new double[c];
        int[] colTmp = new int[c];
        int[] colOut = new int[16];
        double[] valOut = new double[16];
        for (int r = 0; r < w; r++) {
            int m = 0;
            for (int k = 0; k < c; k++) {
                int n = counts[r * c + k];
                if (n == 0) continue;
                // P(w,c) / (P(w) P_α(c)) = (n / total) / ((rowSum / total) · (colSum^α / Σ colSum^α))
                double pmi = Math.log(n * smoothedTotal / (rowSum[r] * smoothedCol[k]));
                if (pmi > 0) {
                    colTmp[m] = k;
                    pmiTmp[m++] = pmi;
                }
            }
            if (nnz + m > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many co-occurrences; lower the vocabulary");
            if (colOut.length < nnz + m) {
                int len = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(nnz + m, 2L * colOut.length));
                colOut = Arrays.copyOf(colOut, len);
                valOut = Arrays.copyOf(valOut, len);
            }
            System.arraycopy(colTmp, 0, colOut, (int) nnz, m);
            System.arraycopy(pmiTmp, 0, valOut, (int) nnz, m);
            nnz += m;
            rowStart[r + 1] = (int) nnz;
        }
        return new Sparse(w, c, rowStart, Arrays.copyOf(colOut, (int) nnz), Arrays.copyOf(valOut, (int) nnz));
    }

    /** The word vectors (rows × d, row-major) of the truncated SVD: U_d Σ_d^p. */
    public static double[] vectors(Sparse a, Settings s) {
        int d = s.dimensions(), l = d + s.oversample();
        Random rnd = new Random(s.seed());
        double[] omega = new double[a.cols() * l];
        for (int i = 0; i < omega.length; i++) omega[i] = rnd.nextGaussian();
        double[] q = orthonormal(times(a, omega, l, false), a.rows(), l);
        for (int it = 0; it < s.powerIterations(); it++) {
            double[] z = orthonormal(times(a, q, l, true), a.cols(), l);
            q = orthonormal(times(a, z, l, false), a.rows(), l);
        }
        double[] c = times(a, q, l, true); // Aᵀ Q = Bᵀ (cols × l)
        double[][] g = new double[l][l];      // B Bᵀ = Cᵀ C
        for (int r = 0; r < a.cols(); r++) {
            int o = r * l;
            for (int i = 0; i < l; i++) {
                double ci = c[o + i];
                if (ci == 0) continue;
                double[] gi = g[i];
                for (int j = i; j < l; j++) gi[j] += ci * c[o + j];
            }
        }
        for (int i = 0; i < l; i++) for (int j = 0; j < i; j++) g[i][j] = g[j][i];
        EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(g, false));
        double[] ev = eig.getRealEigenvalues();
        Integer[] order = new Integer[l];
        for (int i = 0; i < l; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> Double.compare(ev[y], ev[x]));
        RealMatrix vecs = eig.getV();
        double[][] wsel = new double[l][d]; // eigenvectors of B Bᵀ (left singular vectors of B), scaled by σ^p
        for (int j = 0; j < d; j++) {
            int e = order[j];
            double sigma = Math.sqrt(Math.max(0, ev[e]));
            double scale = Math.pow(sigma, s.eigenPower());
            // a fixed sign: the largest component positive (the decomposition's sign is arbitrary)
            double big = 0;
            for (int i = 0; i < l; i++) if (Math.abs(vecs.getEntry(i, e)) > Math.abs(big)) big = vecs.getEntry(i, e);
            double sign = big < 0 ? -1 : 1;
            for (int i = 0; i < l; i++) wsel[i][j] = sign * scale * vecs.getEntry(i, e);
        }
        double[] out = new double[a.rows() * d];
        for (int r = 0; r < a.rows(); r++) {
            int qo = r * l, oo = r * d;
            for (int i = 0; i < l; i++) {
                double qi = q[qo + i];
                if (qi == 0) continue;
                double[] wi = wsel[i];
                for (int j = 0; j < d; j++) out[oo + j] += qi * wi[j];
            }
        }
        return out;
    }

    /**
     * A · X (X cols × l, the result rows × l) or, with {@code transpose}, Aᵀ · X (X rows × l, the result cols × l); both
     * row-major. One walk over A's non-zeros: entry (r, c) adds v times X's row c to the result's row r, or the reverse.
     */
    static double[] times(Sparse a, double[] x, int l, boolean transpose) {
        double[] y = new double[(transpose ? a.cols() : a.rows()) * l];
        for (int r = 0; r < a.rows(); r++) {
            int ro = r * l;
            for (int p = a.rowStart()[r]; p < a.rowStart()[r + 1]; p++) {
                double v = a.value()[p];
                int co = a.col()[p] * l;
                int yo = transpose ? co : ro, xo = transpose ? ro : co;
                for (int j = 0; j < l; j++) y[yo + j] += v * x[xo + j];
            }
        }
        return y;
    }

    /** Orthonormal columns spanning the columns of the n × l row-major matrix (modified Gram-Schmidt, twice). */
    static double[] orthonormal(double[] y, int n, int l) {
        double[][] col = new double[l][n];
        for (int r = 0; r < n; r++) for (int j = 0; j < l; j++) col[j][r] = y[r * l + j];
        for (int pass = 0; pass < 2; pass++) {
            for (int j = 0; j < l; j++) {
                double[] cj = col[j];
                for (int i = 0; i < j; i++) {
                    double[] ci = col[i];
                    double dot = 0;
                    for (int r = 0; r < n; r++) dot += ci[r] * cj[r];
                    for (int r = 0; r < n; r++) cj[r] -= dot * ci[r];
                }
                double norm = 0;
                for (int r = 0; r < n; r++) norm += cj[r] * cj[r];
                norm = Math.sqrt(norm);
                if (norm < 1e-12) Arrays.fill(cj, 0);
                else for (int r = 0; r < n; r++) cj[r] /= norm;
            }
        }
        double[] out = new double[n * l];
        for (int r = 0; r < n; r++) for (int j = 0; j < l; j++) out[r * l + j] = col[j][r];
        return out;
    }
}
