package org.framelab.gui;

import org.framelab.util.OptionException;

import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.TableColumn;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks how to read a corpus: the fields found in the file, with the auto-detected roles
 * pre-selected, a preview of the first rows (the chosen columns marked), format options and
 * judgement-level settings. {@link #showDialog()} returns the read options or null when cancelled.
 */
final class MappingDialog extends JDialog {
    static final String NONE = "(none)";

    /**
     * What the dialog needs to show: fields, preview rows, the detected mapping (may be null), the options the file
     * was read with, and a line about its encoding when it was not read as asked (null otherwise).
     */
    record Input(Path path, List<String> fields, List<Map<String, String>> preview, FieldMapping detected,
                 ReadOptions current, String encodingNote) {
    }

    private final Input input;
    private final JComboBox<String> idBox, textBox, titleBox, outletBox, dateBox, itemBox, annotatorBox;
    private final JList<String> labelList;
    private final JCheckBox judgements = new JCheckBox("One row per annotator judgement");
    private final JComboBox<String> encodingBox = new JComboBox<>(new String[]{"Detect (UTF-8 / UTF-16 BOM)", "UTF-8", "windows-1252", "ISO-8859-1", "UTF-16"});
    private final JComboBox<String> delimiterBox = new JComboBox<>(new String[]{"Detect", "comma ,", "semicolon ;", "tab", "pipe |"});
    private final JTextField sheetField = new JTextField(8);
    /** The date field's format ({@code FieldMapping.dateFormat}): detect, an order, or a pattern typed in. */
    private final JComboBox<String> dateFormatBox = new JComboBox<>(DATE_FORMATS);
    private static final String[] DATE_FORMATS = {"Detect (slash dates month-first)", "dmy - day first (05/03/2024 = 5 March)",
        "mdy - month first (05/03/2024 = May 3)", "ymd - year first (2024/03/05)"};
    /** The line about the encoding (the file is not UTF-8, or the preview cannot be read with the chosen encoding). */
    private final JLabel encodingNote = new JLabel();
    private final JCheckBox skipBad = new JCheckBox("Skip bad rows (they are counted and listed)");
    /** A table of labels per outlet joined while reading (the CLI's --outlet-labels). */
    private final OutletLabelsField outletLabels;
    private final MappingPreview.PreviewModel previewModel;
    private final JTable previewTable;
    private ReadOptions result;

    MappingDialog(Window owner, Input input) {
        super(owner, "Open corpus — " + input.path().getFileName(), ModalityType.APPLICATION_MODAL);
        this.input = input;
        FieldMapping d = input.detected() != null ? input.detected() : FieldMapping.auto();
        List<String> fields = input.fields();
        idBox = combo("idField", fields, d.idField());
        textBox = combo("textField", fields, d.textField());
        titleBox = combo("titleField", fields, d.titleField());
        outletBox = combo("outletField", fields, d.outletField());
        dateBox = combo("dateField", fields, d.dateField());
        itemBox = combo("itemField", fields, d.itemField());
        annotatorBox = combo("annotatorField", fields, d.annotatorField());
        labelList = labelList(fields, d);
        outletLabels = new OutletLabelsField(input.path(), input.current() == null ? null : input.current().outletLabels());
        initOptions(d, input.current());
        previewModel = new MappingPreview.PreviewModel(fields, input.preview());
        previewTable = new JTable(previewModel);
        previewTable.setName("previewTable");
        previewTable.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        previewTable.setDefaultRenderer(Object.class, new MappingPreview.PreviewRenderer(previewModel));
        listenForChanges();
        layOut(owner);
    }

    /** The label fields to choose from, the detected ones selected. */
    private static JList<String> labelList(List<String> fields, FieldMapping d) {
        DefaultListModel<String> lm = new DefaultListModel<>();
        fields.forEach(lm::addElement);
        JList<String> list = new JList<>(lm);
        list.setName("labelFields");
        list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        list.setVisibleRowCount(5);
        List<Integer> sel = new ArrayList<>();
        for (String l : d.labelFields()) if (fields.indexOf(l) >= 0) sel.add(fields.indexOf(l));
        list.setSelectedIndices(sel.stream().mapToInt(Integer::intValue).toArray());
        if (!sel.isEmpty()) list.ensureIndexIsVisible(sel.get(0));
        list.setToolTipText("Ctrl+click to choose several label fields");
        return list;
    }

    /** The judgement-level box as detected; skip-bad and sheet as last chosen ({@code cur} may be null). */
    private void initOptions(FieldMapping d, ReadOptions cur) {
        judgements.setSelected(d.isJudgementLevel());
        judgements.setName("judgementLevel");
        judgements.setToolTipText("Judgement-level data: rows with the same item are folded into one article, keeping every annotator's judgement");
        dateFormatBox.setName("dateFormat");
        encodingBox.setName("encoding");
        dateFormatBox.setEditable(true);
        dateFormatBox.setToolTipText("How the date values are read: an order, or a pattern such as dd.MM.yyyy typed in");
        String fmt = cur != null && cur.mapping().dateFormat() != null ? cur.mapping().dateFormat() : d.dateFormat();
        if (fmt != null) {
            int i = List.of("dmy", "mdy", "ymd").indexOf(fmt);
            if (i >= 0) dateFormatBox.setSelectedIndex(i + 1);
            else dateFormatBox.setSelectedItem(fmt);
        }
        if (cur != null) {
            selectEncoding(cur.encodingName());
            if (cur.delimiter() != null) delimiterBox.setSelectedIndex(Math.max(0, ",;\t|".indexOf(cur.delimiter()) + 1));
            skipBad.setSelected(cur.skipBad());
            if (cur.sheet() != null) sheetField.setText(cur.sheet());
        }
    }

    /** Selects the encoding {@code name} (null: Detect), adding it to the box when it is not listed. */
    private void selectEncoding(String name) {
        if (name == null) return;
        for (int i = 1; i < encodingBox.getItemCount(); i++) {
            if (encodingBox.getItemAt(i).equalsIgnoreCase(name)) {
                encodingBox.setSelectedIndex(i);
                return;
            }
        }
        encodingBox.addItem(name);
        encodingBox.setSelectedItem(name);
    }

    /** Reads the preview rows again with the chosen encoding; says so when they cannot be read with it. */
    private void encodingChanged() {
        String enc = encodingBox.getSelectedIndex() == 0 ? null : (String) encodingBox.getSelectedItem();
        try {
            ReadOptions o = ReadOptions.parse(FieldMapping.auto(), enc, null, null, false, 0);
            ReadOptions cur = input.current() == null ? o : CorpusInspection.withEncoding(input.current(), o.encoding());
            previewModel.setRows(CorpusInspection.preview(input.path(), cur));
            refreshPreview();
            showNote(enc != null && enc.equalsIgnoreCase(CorpusInspection.FALLBACK.name()) ? input.encodingNote() : null);
        } catch (RuntimeException | org.framelab.corpus.CorpusException e) {
            showNote("The first rows cannot be read as " + (enc == null ? "UTF-8" : enc) + ": choose another encoding.");
        }
    }

    private void showNote(String text) {
        encodingNote.setText(text == null ? "" : text);
        encodingNote.setVisible(text != null);
    }

    /** Every role choice refreshes the preview; the item and annotator fields only count for judgement-level data. */
    private void listenForChanges() {
        var refresh = (java.awt.event.ActionListener) e -> refreshPreview();
        for (JComboBox<String> b : List.of(idBox, textBox, titleBox, outletBox, dateBox, itemBox, annotatorBox)) b.addActionListener(refresh);
        labelList.addListSelectionListener(e -> refreshPreview());
        judgements.addActionListener(e -> {
            itemBox.setEnabled(judgements.isSelected());
            annotatorBox.setEnabled(judgements.isSelected());
            refreshPreview();
        });
        itemBox.setEnabled(judgements.isSelected());
        annotatorBox.setEnabled(judgements.isSelected());
        encodingBox.addActionListener(e -> encodingChanged());
    }

    /** Fields and format side by side, the preview below, the path and the buttons at the foot; Enter loads, Escape cancels. */
    private void layOut(Window owner) {
        JPanel top = new JPanel(new java.awt.GridLayout(1, 2, 10, 0));
        top.add(rolesPanel());
        top.add(formatPanel());
        JButton ok = new JButton("Load corpus");
        JPanel content = new JPanel(new BorderLayout(0, 10));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 8, 12));
        encodingNote.setName("encodingNote");
        encodingNote.setFont(encodingNote.getFont().deriveFont(Font.BOLD));
        showNote(input.encodingNote());
        JPanel north = new JPanel(new BorderLayout(0, 8));
        north.add(encodingNote, BorderLayout.NORTH);
        north.add(top, BorderLayout.CENTER);
        content.add(north, BorderLayout.NORTH);
        content.add(previewPanel(), BorderLayout.CENTER);
        content.add(footer(ok), BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        refreshPreview();
        pack();
        setMinimumSize(new Dimension(760, 560));
        setLocationRelativeTo(owner);
    }

    private JPanel rolesPanel() {
        JPanel roles = new JPanel(new GridBagLayout());
        roles.setBorder(BorderFactory.createTitledBorder("Fields"));
        int r = 0;
        r = row(roles, r, "Text *", textBox, "The article body (required)");
        r = row(roles, r, "Title", titleBox, "Headline or title");
        r = row(roles, r, "Id", idBox, "Unique id; when none, ids are FILE:ROW");
        r = row(roles, r, "Outlet", outletBox, "Publishing outlet / source (used for grouped cross-validation)");
        r = row(roles, r, "Date", dateBox, "Publication date");
        r = row(roles, r, "Date order", dateFormatBox, "dmy, mdy, ymd, or a pattern such as dd.MM.yyyy");
        JScrollPane labelsScroll = new JScrollPane(labelList);
        labelsScroll.setPreferredSize(new Dimension(200, 96));
        row(roles, r, "Labels", labelsScroll, "Label fields to analyse or predict (several allowed)");
        fillBelow(roles);
        return roles;
    }

    private JPanel formatPanel() {
        JPanel fmt = new JPanel(new GridBagLayout());
        fmt.setBorder(BorderFactory.createTitledBorder("Format"));
        int f = 0;
        f = row(fmt, f, "Encoding", encodingBox, "How the file's characters are stored: UTF-8, or windows-1252 for Western European files "
                + "saved by Excel or older Windows programs; the preview shows the first rows read with the choice");
        f = row(fmt, f, "Delimiter", delimiterBox, "CSV/TSV only");
        f = row(fmt, f, "Sheet", sheetField, "Excel: sheet name or number (empty = first)");
        GridBagConstraints g = gbc(0, f++);
        g.gridwidth = 2;
        fmt.add(skipBad, g);
        g = gbc(0, f++);
        g.gridwidth = 2;
        fmt.add(judgements, g);
        f = row(fmt, f, "Item field", itemBox, "Rows with the same value are one article");
        f = row(fmt, f, "Annotator field", annotatorBox, "The coder / annotator id");
        row(fmt, f, "Outlet labels", outletLabels, null);
        fillBelow(fmt);
        return fmt;
    }

    /** An empty cell taking the spare height, so the rows stay at the top. */
    private static void fillBelow(JPanel p) {
        GridBagConstraints fill = gbc(0, 99);
        fill.weighty = 1;
        p.add(new JLabel(), fill);
    }

    private JPanel previewPanel() {
        JPanel previewPanel = new JPanel(new BorderLayout(0, 4));
        JLabel pl = new JLabel("Preview of the first " + input.preview().size() + " rows (" + input.fields().size()
                + " fields; the role of each chosen field is shown in [brackets] and its column is tinted)");
        pl.setFont(pl.getFont().deriveFont(Font.BOLD));
        previewPanel.add(pl, BorderLayout.NORTH);
        JScrollPane ps = new JScrollPane(previewTable);
        ps.setPreferredSize(new Dimension(860, 220));
        previewPanel.add(ps, BorderLayout.CENTER);
        return previewPanel;
    }

    /** The file's path on the left; Cancel and {@code ok} (Load corpus) on the right. */
    private JPanel footer(JButton ok) {
        ok.setName("loadCorpus");
        JButton cancel = new JButton("Cancel");
        ok.addActionListener(e -> accept());
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JLabel where = new JLabel(input.path().toAbsolutePath().normalize().toString());
        where.setForeground(UIManager.getColor("Label.disabledForeground"));
        JPanel south = new JPanel(new BorderLayout());
        south.add(where, BorderLayout.WEST);
        buttons.add(cancel);
        buttons.add(ok);
        south.add(buttons, BorderLayout.EAST);
        return south;
    }

    private static JComboBox<String> combo(String name, List<String> fields, String selected) {
        List<String> items = new ArrayList<>();
        items.add(NONE);
        items.addAll(fields);
        JComboBox<String> b = new JComboBox<>(items.toArray(new String[0]));
        b.setName(name);
        b.setSelectedItem(selected != null && fields.contains(selected) ? selected : NONE);
        b.setPrototypeDisplayValue("content_original_xx");
        return b;
    }

    private static GridBagConstraints gbc(int x, int y) {
        GridBagConstraints g = new GridBagConstraints();
        g.gridx = x;
        g.gridy = y;
        g.insets = new Insets(3, 6, 3, 6);
        g.anchor = GridBagConstraints.WEST;
        g.fill = GridBagConstraints.HORIZONTAL;
        return g;
    }

    private static int row(JPanel p, int r, String label, Component c, String tip) {
        JLabel l = new JLabel(label);
        if (tip != null) {
            l.setToolTipText(tip);
            if (c instanceof JComponent jc) jc.setToolTipText(tip);
        }
        GridBagConstraints g = gbc(0, r);
        g.weightx = 0;
        g.fill = GridBagConstraints.NONE;
        p.add(l, g);
        g = gbc(1, r);
        g.weightx = 1;
        p.add(c, g);
        return r + 1;
    }

    private static String val(JComboBox<String> b) {
        Object o = b.getSelectedItem();
        return o == null || NONE.equals(o) ? null : o.toString();
    }

    private Map<String, String> roles() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, val(textBox), "text");
        put(m, val(titleBox), "title");
        put(m, val(idBox), "id");
        put(m, val(outletBox), "outlet");
        put(m, val(dateBox), "date");
        for (String l : labelList.getSelectedValuesList()) put(m, l, "label");
        if (judgements.isSelected()) {
            put(m, val(itemBox), "item");
            put(m, val(annotatorBox), "annotator");
        }
        return m;
    }

    private static void put(Map<String, String> m, String field, String role) {
        if (field != null) m.merge(field, role, (a, b) -> a + ", " + b);
    }

    private void refreshPreview() {
        previewModel.setRoles(roles());
        var fm = previewTable.getFontMetrics(previewTable.getFont());
        for (int i = 0; i < previewModel.getColumnCount(); i++) {
            TableColumn c = previewTable.getColumnModel().getColumn(i);
            int header = fm.stringWidth(previewModel.getColumnName(i)) + 30;
            c.setPreferredWidth(Math.max(header, previewModel.isLong(i) ? 300 : 110));
        }
    }

    /** The options the dialog currently describes (also used by tests). */
    ReadOptions options() {
        if (val(textBox) == null && !judgements.isSelected())
            throw new OptionException("mapping", null, "choose the field that holds the article text");
        FieldMapping m = new FieldMapping(val(idBox), val(textBox), val(titleBox), labelList.getSelectedValuesList(),
                val(outletBox), val(dateBox), judgements.isSelected() ? val(itemBox) : null,
                judgements.isSelected() ? val(annotatorBox) : null, dateFormat());
        if (judgements.isSelected() && (m.itemField() == null || m.annotatorField() == null))
            throw new OptionException("mapping", null, "judgement-level data needs both an item field and an annotator field");
        String encoding = encodingBox.getSelectedIndex() == 0 ? null : (String) encodingBox.getSelectedItem();
        String delimiter = switch (delimiterBox.getSelectedIndex()) {
            case 1 -> ",";
            case 2 -> ";";
            case 3 -> "tab";
            case 4 -> "|";
            default -> null;
        };
        String sheet = sheetField.getText().isBlank() ? null : sheetField.getText().trim();
        ReadOptions base = input.current();
        long limit = base == null ? 0 : base.limit();
        return ReadOptions.parse(m, encoding, delimiter, sheet, skipBad.isSelected(), limit).withOutletLabels(outletLabels.file());
    }

    /** The chosen date format: null for "Detect", the order of a listed choice, or the text typed in. */
    private String dateFormat() {
        Object sel = dateFormatBox.getEditor().getItem();
        String t = sel == null ? "" : sel.toString().strip();
        if (t.isEmpty() || t.equals(DATE_FORMATS[0])) return null;
        for (int i = 1; i < DATE_FORMATS.length; i++) if (t.equals(DATE_FORMATS[i])) return DATE_FORMATS[i].substring(0, 3);
        return t;
    }

    private void accept() {
        try {
            result = options();
            dispose();
        } catch (IllegalArgumentException e) {
            ErrorDialogs.show(this, e);
        }
    }

    /** Shows the dialog modally; the chosen options, or null when cancelled. */
    ReadOptions showDialog() {
        setVisible(true);
        return result;
    }

    JComboBox<String> textBox() {
        return textBox;
    }

    JComboBox<String> dateFormatBox() {
        return dateFormatBox;
    }

    JComboBox<String> encodingBox() {
        return encodingBox;
    }

    /** The line about the encoding shown above the fields (empty when hidden). */
    String encodingNoteText() {
        return encodingNote.isVisible() ? encodingNote.getText() : "";
    }

    OutletLabelsField outletLabels() {
        return outletLabels;
    }

    JCheckBox judgementBox() {
        return judgements;
    }
}
