package org.framelab.gui;

import org.framelab.util.InputException;

import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Component;
import java.awt.Dimension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/**
 * Turns an exception into a dialog a researcher can act on: the message of a bad-input error
 * (file, line, field, what to do) as is; a missing or unreadable file in plain words; anything
 * else as an internal error with the details folded into a scrollable box for the bug report.
 */
final class ErrorDialogs {
    private ErrorDialogs() {}

    /** The dialog's title and plain-language message for {@code t}. */
    static String[] describe(Throwable t) {
        Throwable user = org.framelab.util.UserErrors.find(t);
        Throwable c = user != null ? user : unwrap(t);
        // the steps' hints name a setting on every path: the GUI shows its own words (GuiWording)
        if (c instanceof InputException) return new String[]{"Problem with the input", GuiWording.of(c.getMessage())};
        if (c instanceof NoSuchFileException nsf)
            return new String[]{"File not found", "File not found: " + nsf.getFile() + "\n  What to do: check the path, or pick the file again with File > Open."};
        if (c instanceof AccessDeniedException ade)
            return new String[]{"Cannot read or write the file", "Permission denied: " + ade.getFile() + "\n  What to do: choose a file or folder you can access."};
        if (c instanceof org.framelab.util.OptionException) return new String[]{"Invalid setting", GuiWording.of(c.getMessage())};
        if (c instanceof java.util.concurrent.CancellationException) return new String[]{"Cancelled", "The task was cancelled."};
        if (c instanceof java.io.IOException io)
            return new String[]{"Input/output error", io.getMessage() == null ? io.toString() : io.getMessage()};
        if (c instanceof OutOfMemoryError)
            return new String[]{"Out of memory", "FrameLab ran out of memory.\n  What to do: start it with more memory, e.g. JAVA_OPTS=-Xmx8g ./framelab gui"};
        return new String[]{"Internal error", "FrameLab hit an internal error: " + c
                + "\nThis is a bug in FrameLab; please report it with the details below."};
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof UncheckedIOException || c instanceof java.util.concurrent.ExecutionException
                || c instanceof java.lang.reflect.InvocationTargetException
                || (c instanceof RuntimeException && c.getClass() == RuntimeException.class))
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static boolean isInternal(Throwable t) {
        return "Internal error".equals(describe(t)[0]);
    }

    static void show(Component parent, Throwable t) {
        String[] d = describe(t);
        Object body;
        if (isInternal(t)) {
            StringWriter sw = new StringWriter();
            unwrap(t).printStackTrace(new PrintWriter(sw));
            JTextArea details = new JTextArea(sw.toString(), 12, 70);
            details.setEditable(false);
            details.setCaretPosition(0);
            JScrollPane sp = new JScrollPane(details);
            sp.setPreferredSize(new Dimension(640, 220));
            body = new Object[]{d[1], " ", "Details:", sp};
            t.printStackTrace();
        } else {
            body = wrapText(d[1]);
        }
        JOptionPane.showMessageDialog(parent, body, d[0], JOptionPane.ERROR_MESSAGE);
    }

    /** A non-editable text area that wraps long messages (JOptionPane would make one huge line). */
    static Component wrapText(String msg) {
        JTextArea a = new JTextArea(msg);
        a.setEditable(false);
        a.setOpaque(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setBorder(null);
        a.setFocusable(false);
        int cols = Math.min(80, Math.max(30, msg.lines().mapToInt(String::length).max().orElse(30)));
        a.setColumns(cols);
        a.setSize(new Dimension(cols * 8, 10));
        return a;
    }
}
