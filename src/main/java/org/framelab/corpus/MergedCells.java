package org.framelab.corpus;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The merged regions of a sheet applied to its rows: every blank cell of a region takes the value of the region's
 * top-left cell, as Excel shows it (an outlet or a date merged down the rows of its articles is the value of each
 * of them). Works in place on the rows the reader already holds: nothing but the list of regions is added.
 *
 * <ul>
 *   <li>only regions below the header row: a region that covers the header (a heading over two columns) is left as
 *       it is, so no column takes another's name;</li>
 *   <li>columns beyond the header's are not filled (they have no field);</li>
 *   <li>a covered cell that holds a value of its own (written by a tool, hidden in Excel) keeps it;</li>
 *   <li>a row with no value of its own stays out, as every empty row.</li>
 * </ul>
 */
final class MergedCells {
    private MergedCells() {}

    /** A merged region: 1-based sheet rows, 0-based columns, and its reference as the sheet gives it ({@code A2:A5}). */
    record Region(long firstRow, long lastRow, int firstCol, int lastCol, String ref) {}

    /**
     * Fills the blank cells of every region in {@code rows} (whose 1-based sheet row numbers are {@code rowNums},
     * ascending; the first row is the header of {@code columns} columns).
     *
     * @return a note for the load summary: how many cells took a value from how many regions, with an example; empty
     *         when no cell was filled
     */
    static List<String> fill(List<List<String>> rows, List<Long> rowNums, int columns, List<Region> regions, String sheet) {
        if (regions.isEmpty() || rows.isEmpty()) return List.of();
        long header = rowNums.get(0);
        long cells = 0;
        int used = 0;
        String example = null;
        for (Region g : regions) {
            if (g.firstRow() <= header || g.firstCol() >= columns) continue;
            int top = Collections.binarySearch(rowNums, g.firstRow());
            if (top < 0) continue; // the top-left cell's row is empty: nothing to spread
            List<String> first = rows.get(top);
            String value = g.firstCol() < first.size() ? first.get(g.firstCol()) : "";
            if (value == null || value.isBlank()) continue;
            int lastCol = Math.min(g.lastCol(), columns - 1);
            long filled = 0;
            for (int i = top; i < rows.size() && rowNums.get(i) <= g.lastRow(); i++) {
                List<String> row = rows.get(i);
                for (int c = g.firstCol(); c <= lastCol; c++) {
                    if (i == top && c == g.firstCol()) continue;
                    while (row.size() <= c) row.add("");
                    if (row.get(c) == null || row.get(c).isBlank()) {
                        row.set(c, value);
                        filled++;
                    }
                }
            }
            if (filled == 0) continue;
            cells += filled;
            used++;
            if (example == null) example = g.ref() + " = '" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
        }
        if (cells == 0) return List.of();
        return List.of(String.format(Locale.ROOT, "%,d blank cell%s of sheet '%s' in %,d merged region%s (e.g. %s) took the value"
                        + " of the region's top-left cell, as Excel shows them: each row of a merged region is read with the merged value.",
                cells, cells == 1 ? "" : "s", sheet, used, used == 1 ? "" : "s", example));
    }
}
