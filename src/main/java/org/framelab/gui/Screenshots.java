package org.framelab.gui;

import org.framelab.util.OptionException;

import org.framelab.corpus.Article;
import org.framelab.corpus.ReadOptions;
import org.framelab.util.AtomicFiles;

import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives the application through a study and writes one PNG per main view: open the corpus,
 * compute features, pick an article rich in evidence, compare groups, classify, export a
 * workbook; then paint each tab into an image. Used by {@code ./framelab gui --screenshot DIR}.
 */
public final class Screenshots {
    private final MainWindow app;
    private final Path dir;
    private final List<Path> written = new ArrayList<>();
    private final Duration timeout;
    private String classifyLabel;
    private Path spans;

    private Screenshots(MainWindow app, Path dir, Duration timeout) {
        this.app = app;
        this.dir = dir;
        this.timeout = timeout;
    }

    /**
     * Runs the whole tour on {@code corpus} and returns the PNGs written into {@code dir}.
     * Settings go to a temporary folder, so the user's remembered state is not touched.
     */
    public static List<Path> run(Path corpus, ReadOptions options, Path dir, boolean dark, Duration timeout) throws Exception {
        return run(corpus, options, dir, dark, timeout, null, null);
    }

    /** Like {@link #run(Path, ReadOptions, Path, boolean, Duration)}; {@code classifyFeatures} (e.g. framing) overrides the Classify view's feature set. */
    public static List<Path> run(Path corpus, ReadOptions options, Path dir, boolean dark, Duration timeout, String classifyFeatures,
                                 String classifyLabel) throws Exception {
        return run(corpus, options, dir, dark, timeout, classifyFeatures, classifyLabel, null);
    }

    /**
     * Like the above; {@code spans} (a stand-off span file, or null) is attached after the features, and when the corpus
     * has spans (that file, or a word-list field such as biased_words) the tour adds 09-spans.png (the article with the
     * most spans, spans beside the evidence) and 10-validate.png (the Validate view).
     */
    public static List<Path> run(Path corpus, ReadOptions options, Path dir, boolean dark, Duration timeout, String classifyFeatures,
                                 String classifyLabel, Path spans) throws Exception {
        Path cfg = Files.createTempDirectory("framelab-screenshot-cfg");
        Settings settings = Settings.load(cfg);
        settings.put("theme", dark ? "dark" : "light");
        settings.put("window.width", 1440);
        settings.put("window.height", 900);
        MainWindow w = FrameLabApp.launch(settings, null, null, true);
        try {
            onEdt(() -> {
                w.setInteractive(false);
                w.setExtendedState(java.awt.Frame.NORMAL);
                w.setSize(1440, 900);
                w.setLocation(0, 0);
                return null;
            });
            if (classifyFeatures != null) onEdt(() -> {
                w.classify().featureBox().setSelectedItem(classifyFeatures);
                if (!classifyFeatures.equals(w.classify().featureBox().getSelectedItem()))
                    throw new OptionException("--classify-features", "" + classifyFeatures + " (use framing, ngrams or framing+ngrams)");
                return null;
            });
            Screenshots s = new Screenshots(w, dir, timeout);
            s.classifyLabel = classifyLabel;
            s.spans = spans;
            s.tour(corpus, options == null ? ReadOptions.defaults() : options);
            return s.written;
        } finally {
            onEdt(() -> {
                w.dispose();
                return null;
            });
        }
    }

    private void tour(Path corpus, ReadOptions options) throws Exception {
        Files.createDirectories(dir);
        // the mapping dialog, as File > Open shows it
        MappingDialog.Input in = MainWindow.inspect(corpus, options);
        shootDialog(in, "01-open-mapping.png");
        onEdt(() -> {
            app.load(corpus, in.current().withMapping(in.detected())); // with the encoding the inspection chose
            return null;
        });
        idle();
        check();
        shoot(0, "02-overview.png");
        featuresAndArticles();
        compareAndClassify();
        spansAndValidation();
        writeExports();
    }

    /** The given span file attached; with spans, the article with the most of them and the Validate view. */
    private void spansAndValidation() throws Exception {
        if (spans != null) {
            onEdt(() -> {
                SpanFiles.load(app, spans);
                return null;
            });
            idle();
            check();
        }
        String id = onEdt(() -> {
            if (app.session().spans() == null) return null;
            String best = null;
            int most = 0;
            for (Article a : app.session().corpus().articles()) {
                int n = ArticleReaderPanel.spanMarks(a).size();
                if (n > most) {
                    most = n;
                    best = a.id();
                }
            }
            return best;
        });
        if (id == null) return;
        onEdt(() -> {
            app.browser().showArticle(id);
            return null;
        });
        idle();
        shoot(1, "09-spans.png");
        onEdt(() -> {
            app.validation().run();
            return null;
        });
        idle();
        check();
        shoot(6, "10-validate.png");
    }

    /** Features (default families), then the browser on an article with plenty of evidence, then the feature table. */
    private void featuresAndArticles() throws Exception {
        onEdt(() -> {
            app.features().compute();
            return null;
        });
        idle();
        check();
        String id = richestArticle();
        onEdt(() -> {
            app.browser().showArticle(id);
            return null;
        });
        idle();
        shoot(1, "03-articles.png");
        shoot(2, "04-features.png");
    }

    /** The group comparison by the first label, then the classification (of --classify-label when given); agreement is shot as it is. */
    private void compareAndClassify() throws Exception {
        onEdt(() -> {
            if (app.compare().groupBox().getItemCount() > 0) app.compare().run(); // nothing to group by: the empty view is shown
            return null;
        });
        idle();
        check();
        shoot(3, "05-compare.png");
        onEdt(() -> {
            if (classifyLabel != null && !app.classify().selectLabel(classifyLabel))
                throw new OptionException("--classify-label", "" + classifyLabel + " (not a label or few-valued field of this corpus)");
            if (app.classify().labelCount() > 0) app.classify().run();
            return null;
        });
        idle();
        check();
        onEdt(() -> {
            app.classify().detailTabs().setSelectedIndex(0);
            return null;
        });
        shoot(4, "06-classify.png");
        shoot(5, "07-agreement.png");
    }

    /** A workbook and a study file written to a temporary folder, then the Export view. */
    private void writeExports() throws Exception {
        Path out = Files.createTempDirectory("framelab-screenshot-export");
        onEdt(() -> {
            app.export().exportWorkbookTo(out.resolve("study.xlsx"));
            return null;
        });
        idle();
        onEdt(() -> {
            app.export().exportStudyTo(out.resolve("study.yaml"));
            return null;
        });
        idle();
        check();
        shoot(7, "08-export.png");
    }

    private void check() {
        Throwable t = app.lastError();
        if (t != null) throw new IllegalStateException("the application reported an error: " + ErrorDialogs.describe(t)[1], t);
    }

    /** Among the first articles, the one with the most evidence classes and hits (deterministic). */
    private String richestArticle() throws Exception {
        Evidence ev = onEdt(app::evidence);
        List<Article> arts = onEdt(() -> app.session().corpus().articles());
        String best = arts.get(0).id();
        double bestScore = -1;
        for (Article a : arts.subList(0, Math.min(300, arts.size()))) {
            if (a.text().length() > 6000) continue;
            var fa = ev.compute(a);
            long classes = fa.hits().stream().map(Theme::highlightClass).distinct().count();
            double score = classes * 100 + Math.min(60, fa.hits().size()) + (a.text().length() >= 600 ? 1000 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = a.id();
            }
        }
        return best;
    }

    private void idle() throws InterruptedException {
        if (!app.tasks().awaitIdle(timeout)) throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for background work");
        // let charts and lazily computed views settle
        Thread.sleep(300);
        app.tasks().awaitIdle(timeout);
    }

    private void shoot(int tab, String name) throws Exception {
        onEdt(() -> {
            app.showView(tab);
            return null;
        });
        idle();
        BufferedImage img = onEdt(() -> paint(app.getRootPane()));
        write(img, name);
    }

    private void shootDialog(MappingDialog.Input in, String name) throws Exception {
        BufferedImage img = onEdt(() -> {
            MappingDialog d = new MappingDialog(app, in);
            d.setSize(Math.max(d.getWidth(), 980), Math.max(d.getHeight(), 640));
            d.validate();
            BufferedImage i = paint(d.getRootPane());
            d.dispose();
            return i;
        });
        write(img, name);
    }

    static BufferedImage paint(JComponent c) {
        c.validate();
        Dimension d = c.getSize();
        BufferedImage img = new BufferedImage(d.width, d.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_LCD_HRGB);
        g.setColor(c.getBackground());
        g.fillRect(0, 0, d.width, d.height);
        layoutAll(c);
        c.paint(g);
        g.dispose();
        return img;
    }

    private static void layoutAll(Component c) {
        c.doLayout();
        if (c instanceof java.awt.Container ct) for (Component k : ct.getComponents()) layoutAll(k);
    }

    private void write(BufferedImage img, String name) throws IOException {
        Path p = dir.resolve(name);
        AtomicFiles.write(p, out -> ImageIO.write(img, "png", out));
        written.add(p);
    }

    static <T> T onEdt(Callable<T> c) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) return c.call();
        AtomicReference<T> r = new AtomicReference<>();
        AtomicReference<Exception> err = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    r.set(c.call());
                } catch (Exception e) {
                    err.set(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error er) throw er;
            throw new IllegalStateException(e.getCause());
        }
        if (err.get() != null) throw err.get();
        return r.get();
    }
}
