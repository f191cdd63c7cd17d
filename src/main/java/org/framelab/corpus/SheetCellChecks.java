package org.framelab.corpus;

import org.xml.sax.Attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the cells of a sheet hold that is not a value, noticed while {@link XlsxReader} parses the sheet's XML:
 * <ul>
 *   <li>Excel error cells ({@code t="e"}: {@code #N/A} of {@code =NA()} or a VLOOKUP without a match,
 *   {@code #DIV/0!}, {@code #VALUE!}, ...). POI hands them on as the text {@code ERROR:#N/A}, which would become
 *   a category of its own (even an article's majority label); they are read as missing values instead.</li>
 *   <li>formula cells without a stored result ({@code <f>} without a {@code <v>}, or an empty one): workbooks
 *   written by openpyxl or pandas keep the formula only, and FrameLab does not compute formulas, so the cell is
 *   read as empty.</li>
 * </ul>
 * Both are counted and the load summary gets a note each, naming the sheet, the first cells and what to do. (No POI
 * here: the library stays in {@link XlsxReader}.)
 */
final class SheetCellChecks {
    /** Cells named per note, and columns named in the formula note. */
    private static final int EXAMPLES = 5;

    private String ref;
    private String type;
    private boolean formula;
    private boolean valueOpen;
    private boolean valueSeen;
    private int valueChars;
    private final StringBuilder errorText = new StringBuilder();

    private long errors;
    private final Map<String, Long> errorKinds = new LinkedHashMap<>();
    private final List<String> errorExamples = new ArrayList<>();
    private long noResult;
    /** Column letters -> {count, first cell}, in order of first appearance. */
    private final Map<String, Object[]> noResultColumns = new LinkedHashMap<>();

    /** Called at each element's start, before POI's handler sees it. */
    void start(String localName, Attributes attributes) {
        switch (localName) {
            case "c" -> {
                ref = attributes.getValue("r");
                type = attributes.getValue("t");
                formula = false;
                valueOpen = false;
                valueSeen = false;
                valueChars = 0;
                errorText.setLength(0);
            }
            case "f" -> formula = true;
            case "v" -> {
                valueOpen = true;
                valueSeen = true;
            }
            default -> { }
        }
    }

    void characters(char[] ch, int start, int length) {
        if (!valueOpen) return;
        valueChars += length;
        if (isError()) errorText.append(ch, start, length);
    }

    /** Called at each element's end, after POI's handler has passed the cell on. */
    void end(String localName) {
        if ("v".equals(localName)) {
            valueOpen = false;
        } else if ("c".equals(localName)) {
            if (isError()) {
                errors++;
                String kind = errorText.toString().strip();
                if (kind.isEmpty()) kind = "error";
                errorKinds.merge(kind, 1L, Long::sum);
                if (errorExamples.size() < EXAMPLES && ref != null) errorExamples.add(ref + " " + kind);
            } else if (formula && (!valueSeen || (valueChars == 0 && !"str".equals(type)))) {
                noResult++;
                if (ref != null) {
                    String col = ref.replaceAll("[^A-Za-z].*", "").toUpperCase(Locale.ROOT); // "C82" -> "C"
                    Object[] c = noResultColumns.computeIfAbsent(col, k -> new Object[]{0L, ref});
                    c[0] = (Long) c[0] + 1;
                }
            }
            type = null;
            formula = false;
        }
    }

    /** Whether the cell being parsed is an Excel error cell (its value is read as missing). */
    boolean isError() {
        return "e".equals(type);
    }

    /** The load summary's notes (none when every cell held a value or was empty). */
    List<String> notes(String sheet) {
        List<String> out = new ArrayList<>();
        if (errors > 0) {
            List<String> kinds = new ArrayList<>();
            errorKinds.forEach((k, n) -> kinds.add(k + " " + String.format(Locale.ROOT, "%,d", n)));
            out.add(String.format(Locale.ROOT, "%,d cell%s of sheet '%s' hold%s an Excel error (%s; e.g. %s): read as missing "
                            + "values, never as a category. Fix the formulas that fail (a VLOOKUP that finds no match gives #N/A, "
                            + "a division by an empty cell #DIV/0!) or replace the errors with values, save the workbook and read it again.",
                    errors, errors == 1 ? "" : "s", sheet, errors == 1 ? "s" : "", String.join(", ", kinds), String.join(", ", errorExamples)));
        }
        if (noResult > 0) {
            List<String> cols = new ArrayList<>();
            int k = 0;
            for (Map.Entry<String, Object[]> e : noResultColumns.entrySet()) {
                if (k++ == EXAMPLES) {
                    cols.add((noResultColumns.size() - EXAMPLES) + " more columns");
                    break;
                }
                long n = (Long) e.getValue()[0];
                cols.add(String.format(Locale.ROOT, "column %s: %,d, first %s", e.getKey(), n, e.getValue()[1]));
            }
            out.add(String.format(Locale.ROOT, "%,d formula cell%s of sheet '%s' ha%s no stored result (%s): the program that wrote "
                            + "the workbook (e.g. openpyxl or pandas) saved the formulas without their results, and FrameLab does not "
                            + "compute formulas, so these cells are read as empty. Open the workbook in Excel or LibreOffice and save it "
                            + "(that stores the results), then read it again.",
                    noResult, noResult == 1 ? "" : "s", sheet, noResult == 1 ? "s" : "ve", String.join("; ", cols)));
        }
        return out;
    }
}
