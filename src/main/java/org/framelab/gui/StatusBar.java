package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.Timer;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;

/**
 * Bottom bar: a message on the left; on the right, while a task runs, its name, a progress bar
 * and a Cancel button. The bar polls the task's progress on a 150 ms timer.
 */
final class StatusBar extends JPanel implements Tasks.Listener {
    private final JLabel message = new JLabel(" ");
    /** A load warning that stays while task messages come and go (until the next corpus); a click runs its action. */
    private final JLabel warning = new JLabel();
    private Runnable onWarningClick;
    private final JLabel taskLabel = new JLabel();
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JButton cancel = new JButton("Cancel");
    private final JPanel right = new JPanel();
    private final Tasks tasks;
    private final Timer timer;

    StatusBar(Tasks tasks) {
        super(new BorderLayout(8, 0));
        this.tasks = tasks;
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(3, 10, 3, 6)));
        right.setLayout(new BoxLayout(right, BoxLayout.X_AXIS));
        bar.setPreferredSize(new Dimension(220, 14));
        bar.setMaximumSize(new Dimension(220, 14));
        bar.setStringPainted(false);
        cancel.setName("cancelTask");
        cancel.setToolTipText("Stop the running task (Esc)");
        cancel.putClientProperty("JButton.buttonType", "borderless");
        cancel.addActionListener(e -> tasks.cancelAll());
        right.add(taskLabel);
        right.add(Box.createHorizontalStrut(8));
        right.add(bar);
        right.add(Box.createHorizontalStrut(4));
        right.add(cancel);
        right.setVisible(false);
        warning.setName("statusWarning");
        warning.setVisible(false);
        warning.setForeground(UIManager.getColor("Component.warning.focusedBorderColor") != null
                ? UIManager.getColor("Component.warning.focusedBorderColor") : new java.awt.Color(0xB36B00));
        warning.setCursor(java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.HAND_CURSOR));
        warning.addMouseListener(new java.awt.event.MouseAdapter() {
            @Override public void mouseClicked(java.awt.event.MouseEvent e) { if (onWarningClick != null) onWarningClick.run(); }
        });
        JPanel left = new JPanel(new BorderLayout(16, 0));
        left.setOpaque(false);
        left.add(warning, BorderLayout.WEST);
        left.add(message, BorderLayout.CENTER);
        add(left, BorderLayout.CENTER);
        add(right, BorderLayout.EAST);
        message.setName("statusMessage");
        timer = new Timer(150, e -> poll());
        tasks.addListener(this);
    }

    void setMessage(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    String message() {
        return message.getText();
    }

    /** Shows a lasting warning before the message (null or empty: none); clicking it runs {@code onClick}. */
    void setWarning(String text, Runnable onClick) {
        boolean on = text != null && !text.isEmpty();
        warning.setText(on ? "⚠ " + text : "");
        warning.setToolTipText(on ? text + " (click to open the Overview)" : null);
        warning.setVisible(on);
        onWarningClick = onClick;
    }

    /** The lasting warning ("" when none). */
    String warning() {
        return warning.isVisible() ? warning.getText() : "";
    }

    @Override
    public void started(Tasks.Handle h) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            right.setVisible(true);
            poll();
            timer.start();
        });
    }

    @Override
    public void finished(Tasks.Handle h, String outcome) {
        if (!"failed".equals(outcome)) setMessage(h.title() + ": " + outcome); // a failure's message is already shown
        if (tasks.current() == null) {
            timer.stop();
            right.setVisible(false);
        } else {
            poll();
        }
    }

    private void poll() {
        Tasks.Handle h = tasks.current();
        if (h == null) return;
        TaskProgress p = h.progress;
        String sub = p.task();
        String label = sub == null || sub.isBlank() || sub.equals(h.title()) ? h.title() : h.title() + " — " + sub;
        int pm = p.permille();
        if (pm < 0) {
            bar.setIndeterminate(true);
        } else {
            bar.setIndeterminate(false);
            bar.setValue(pm);
            String amount = p.amount();
            label += amount.isEmpty() ? String.format("  %d%%", pm / 10) : String.format("  %s (%d%%)", amount, pm / 10);
        }
        if (p.cancelRequested()) label += " (cancelling…)";
        taskLabel.setText(label);
    }
}
