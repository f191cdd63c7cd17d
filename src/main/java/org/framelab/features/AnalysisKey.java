package org.framelab.features;

import org.framelab.corpus.Article;
import org.framelab.util.Runtime2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The key of a {@link CorpusAnalysis} in a store: SHA-256 over everything its counts depend on, so a
 * store never serves counts of other texts, settings or code. Hashed: a format version, FrameLab's
 * version and a fingerprint of its own classes and resources (the tokenizer, the built-in lexicons:
 * a rebuilt jar with other code gets other keys even when the version number is unchanged), the
 * analysis's {@link CorpusAnalysis#settings()} (families, columns, user lexicon hashes, n-gram
 * options), and per article in order its text and outlet: the only fields an analysis reads. Hashing
 * the articles as read covers the input file, the field mapping, the encoding and any filter.
 */
public final class AnalysisKey {
    /** Bumped whenever what an analysis holds changes meaning (2: undefined ratios are NaN, not 0). */
    public static final int FORMAT = 2;

    private static final Map<CorpusAnalysis, String> KEYS = new WeakHashMap<>();
    private static volatile String code;

    private AnalysisKey() {}

    /** The key of an analysis (computed once per analysis: its articles and settings are fixed). */
    public static String of(CorpusAnalysis analysis) {
        synchronized (KEYS) {
            String k = KEYS.get(analysis);
            if (k != null) return k;
        }
        String k = compute(analysis.articles(), analysis.settings());
        synchronized (KEYS) {
            KEYS.put(analysis, k);
        }
        return k;
    }

    /** The key of {@code articles} analysed under {@code settings}. */
    static String compute(List<Article> articles, String settings) {
        MessageDigest md = sha256();
        update(md, "framelab-analysis/" + FORMAT);
        update(md, Runtime2.version());
        update(md, codeFingerprint());
        update(md, settings);
        update(md, Integer.toString(articles.size()));
        for (Article a : articles) {
            update(md, a.text());
            update(md, a.outlet());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** A string, length-prefixed so that no two sequences of strings hash alike. */
    private static void update(MessageDigest md, String s) {
        byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }

    /**
     * SHA-256 over FrameLab's own classes and resources ({@code org/framelab/...}): from a jar, the
     * names, sizes and CRCs of its entries (no decompression); from a classes folder, the files' bytes.
     */
    public static String codeFingerprint() {
        String c = code;
        if (c == null) code = c = computeFingerprint();
        return c;
    }

    private static String computeFingerprint() {
        MessageDigest md = sha256();
        try {
            CodeSource cs = AnalysisKey.class.getProtectionDomain().getCodeSource();
            Path where = cs == null ? null : Path.of(cs.getLocation().toURI());
            if (where == null) {
                update(md, "unknown");
            } else if (Files.isRegularFile(where)) {
                List<String> lines = new ArrayList<>();
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry je = e.nextElement();
                        if (je.getName().startsWith("org/framelab/") && !je.isDirectory())
                            lines.add(je.getName() + " " + je.getSize() + " " + je.getCrc());
                    }
                }
                lines.sort(null);
                for (String l : lines) update(md, l);
            } else {
                Path root = where.resolve("org/framelab");
                List<Path> files;
                try (var s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                byte[] buf = new byte[1 << 16];
                for (Path f : files) {
                    update(md, root.relativize(f).toString().replace('\\', '/'));
                    try (InputStream in = Files.newInputStream(f)) {
                        for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no fingerprint: a key that matches nothing stored, so the code is never trusted blindly
            update(md, "unreadable " + System.nanoTime());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
