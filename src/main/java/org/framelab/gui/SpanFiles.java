package org.framelab.gui;

import org.framelab.app.Validate;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusException;
import org.framelab.corpus.SpanAnnotations;

import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Span annotations in the GUI: the word-list field of a corpus (BABE's biased_words) attached when
 * it is opened, and a stand-off span file attached by {@code File > Load Span Annotations…}; both
 * through {@link Validate#attach}, as the CLI and the study attach them.
 */
final class SpanFiles {
    private SpanFiles() {}

    /** Spans and where they came from. */
    record Detected(SpanAnnotations.Source source, SpanAnnotations.Attached attached) {
    }

    /** On opening a corpus (background): the spans of a word-list field such as biased_words, or null when it has none. */
    static Detected detect(Corpus c) throws CorpusException {
        SpanAnnotations.Source src = SpanAnnotations.Source.NONE.orDetected(c.articles());
        return src.isEmpty() ? null : new Detected(src, Validate.attach(c, src));
    }

    static void loadDialog(MainWindow app) {
        if (!app.session().hasCorpus()) return;
        JFileChooser fc = new JFileChooser(app.settings().get("lastSpanDir", app.settings().get("lastDir", System.getProperty("user.dir"))));
        fc.setDialogTitle("Load span annotations (id, begin, end, label[, annotator])");
        FileNameExtensionFilter f = new FileNameExtensionFilter("Span files (.csv, .tsv, .jsonl)", "csv", "tsv", "jsonl", "json");
        fc.addChoosableFileFilter(f);
        fc.setFileFilter(f);
        if (fc.showOpenDialog(app) != JFileChooser.APPROVE_OPTION) return;
        Path p = fc.getSelectedFile().toPath();
        app.settings().put("lastSpanDir", p.toAbsolutePath().getParent().toString());
        load(app, p);
    }

    /** Attaches a stand-off span file to the corpus as read (with the word-list field's spans, if any), in the background. */
    static void load(MainWindow app, Path file) {
        Session s = app.session();
        if (!s.hasCorpus()) return;
        Corpus read = s.readCorpus();
        SpanAnnotations.Source src = new SpanAnnotations.Source(s.spanSource().wordsField(), file);
        app.tasks().run("Reading span annotations from " + file.getFileName(), p -> Validate.attach(read, src), a -> {
            if (app.session().readCorpus() != read) return; // another corpus was opened meanwhile
            app.session().setSpans(src, a);
            app.setStatus(String.format(Locale.ROOT, "Attached %,d spans in %,d annotated articles from %s%s", a.spans(), a.annotated(),
                    file.getFileName(), a.unknownIds() > 0 ? String.format(Locale.ROOT, " (%,d rows with ids not in the corpus)", a.unknownIds()) : ""));
        });
    }
}
