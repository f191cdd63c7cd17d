package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/** What the views share beyond the settings column ({@link Forms}) and {@link AnalysisView}: split panes, metric cards, edit listeners, latest-wins workers. */
final class ViewSupport {
    private ViewSupport() {}

    /** A borderless split pane; {@code dividerLocation} in pixels, or negative to leave it to the layout. */
    static JSplitPane split(int orientation, Component first, Component second, double resizeWeight, int dividerLocation) {
        JSplitPane s = new JSplitPane(orientation, first, second);
        s.setResizeWeight(resizeWeight);
        if (dividerLocation >= 0) s.setDividerLocation(dividerLocation);
        s.setBorder(null);
        return s;
    }

    /**
     * A metric card: a small grey title, the value large and bold (named {@code name} for tests),
     * a grey note below; {@code padV}/{@code padH} inside a rounded line border.
     */
    static JPanel card(String name, String title, String value, String sub, int padV, int padH, float valueScale) {
        JPanel p = new JPanel(new BorderLayout(0, 2));
        p.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor"), 1, true),
                BorderFactory.createEmptyBorder(padV, padH, padV, padH)));
        JLabel t = new JLabel(title);
        t.setForeground(UIManager.getColor("Label.disabledForeground"));
        JLabel v = new JLabel(value);
        v.setName(name);
        v.setFont(v.getFont().deriveFont(Font.BOLD, v.getFont().getSize2D() * valueScale));
        p.add(t, BorderLayout.NORTH);
        p.add(v, BorderLayout.CENTER);
        p.add(wrappingNote(sub), BorderLayout.SOUTH);
        return p;
    }

    /**
     * A grey note that wraps at word boundaries to the width it is given: at least two lines high,
     * more when the text needs them (the card grows); the whole text is also its tooltip.
     */
    static JTextArea wrappingNote(String text) {
        JTextArea a = new JTextArea(text, 2, 0) {
            @Override
            public Dimension getPreferredSize() {
                // the height of the text wrapped at the current width; a small width so the note never widens its card
                Dimension d = super.getPreferredSize();
                return new Dimension(Math.min(d.width, 60), d.height);
            }

            @Override
            public void updateUI() {
                super.updateUI();
                // look like a grey label in either theme (also after a theme switch)
                setFont(UIManager.getFont("Label.font"));
                setForeground(UIManager.getColor("Label.disabledForeground"));
                setOpaque(false);
                setBorder(null);
                setMargin(new Insets(0, 0, 0, 0));
            }
        };
        a.setName("note");
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setEditable(false);
        a.setFocusable(false);
        a.setHighlighter(null);
        a.setToolTipText(text);
        a.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                // wrapped to a new width: more or fewer lines may be needed
                if (a.getPreferredSize().height != a.getHeight()) a.revalidate();
            }
        });
        return a;
    }

    /** Runs {@code action} on every edit of the text (insert, remove, attribute change). */
    static void onEdit(JTextComponent c, Runnable action) {
        c.getDocument().addDocumentListener(new DocumentListener() {
            @Override public void insertUpdate(DocumentEvent e) { action.run(); }
            @Override public void removeUpdate(DocumentEvent e) { action.run(); }
            @Override public void changedUpdate(DocumentEvent e) { action.run(); }
        });
    }

    /**
     * Starts {@code work} on a background thread; its result goes to {@code then} on the event thread
     * unless the worker was cancelled (a newer request replaced it); a failure is shown over {@code parent}.
     * For quick latest-wins work (search, one article's evidence); long steps go through {@link Tasks}.
     */
    static <T> SwingWorker<T, Void> latest(Component parent, Callable<T> work, Consumer<T> then) {
        SwingWorker<T, Void> w = new SwingWorker<>() {
            @Override
            protected T doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                if (isCancelled()) return;
                try {
                    then.accept(get());
                } catch (CancellationException | InterruptedException ignored) {
                    // replaced by a newer request
                } catch (ExecutionException e) {
                    ErrorDialogs.show(parent, e.getCause());
                }
            }
        };
        w.execute();
        return w;
    }
}
