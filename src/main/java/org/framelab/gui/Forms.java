package org.framelab.gui;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;

/** Small layout helpers so every settings column looks the same. */
final class Forms {
    private Forms() {}

    /** A vertical settings column with a fixed preferred width. */
    static JPanel column(int width) {
        JPanel p = new JPanel() {
            @Override
            public Dimension getPreferredSize() {
                Dimension d = super.getPreferredSize();
                return new Dimension(width, d.height);
            }
        };
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        return p;
    }

    static JLabel heading(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        l.setBorder(BorderFactory.createEmptyBorder(10, 0, 4, 0));
        return l;
    }

    static JLabel note(String html) {
        JLabel l = new JLabel("<html><body style='width:180px'>" + html + "</body></html>");
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 0.5f));
        return l;
    }

    /** Adds a component stretched to the column width. */
    static void add(JPanel col, JComponent c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        Dimension pref = c.getPreferredSize();
        c.setMaximumSize(new Dimension(Integer.MAX_VALUE, pref.height));
        col.add(c);
        col.add(Box.createVerticalStrut(4));
    }

    /** Adds a component that may grow vertically. */
    static void addGrowing(JPanel col, JComponent c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        col.add(c);
        col.add(Box.createVerticalStrut(4));
    }

    /** A heading, then {@code c} (named {@code name} for tests) stretched to the column width. */
    static void field(JPanel col, String heading, JComponent c, String name) {
        col.add(heading(heading));
        c.setName(name);
        add(col, c);
    }

    /** The column's main action at its foot: a default-styled button after a gap; {@code tooltip} may be null. */
    static void runButton(JPanel col, JButton b, String name, String tooltip, Runnable action) {
        col.add(Box.createVerticalStrut(12));
        b.setName(name);
        b.putClientProperty("JButton.buttonType", "default");
        if (tooltip != null) b.setToolTipText(tooltip);
        b.addActionListener(e -> action.run());
        add(col, b);
    }

    /** A filter or search field: grey placeholder text and a clear button (FlatLaf). */
    static void filterField(JTextField f, String placeholder) {
        f.putClientProperty("JTextField.placeholderText", placeholder);
        f.putClientProperty("JTextField.showClearButton", true);
    }

    static JLabel emptyState(String html) {
        JLabel l = new JLabel("<html><div style='text-align:center'>" + html + "</div></html>", JLabel.CENTER);
        l.setForeground(UIManager.getColor("Label.disabledForeground"));
        return l;
    }
}
