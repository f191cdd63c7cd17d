package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Title rows above the header, as coding sheets have them ("Framing study 2024", "Coder instructions: see codebook"):
 * up to {@value #MAX} leading rows with a single filled cell, followed by a row with two or more filled cells, which is
 * the header. The rule of the Excel reader ({@link XlsxReader#dropTitleRows}) and of the CSV reader, which reads the
 * rows ahead one at a time ({@link #readAhead}), and the note that tells the user.
 */
final class TitleLines {
    private TitleLines() {}

    /** At most this many title rows above the header are recognised. */
    static final int MAX = 5;

    /** Non-blank cells of a row. */
    static int filled(List<String> row) {
        int n = 0;
        for (String v : row) if (v != null && !v.isBlank()) n++;
        return n;
    }

    /** The next record of an input and the line it began on. */
    interface Records {
        /** The next record, or null at the end. */
        List<String> next() throws CorpusException;

        /** The line the record last returned began on. */
        long line();
    }

    /** A row read ahead: its cells and the line it began on. */
    record Row(List<String> cells, long line) {}

    /**
     * Rows read ahead from the first one: {@code header} is the index of the header below title rows (0: the first row
     * is the header, and the rows after it are data to read in order); {@code bad} a bad row met while reading ahead,
     * which stands after the rows read before it.
     */
    record Ahead(List<Row> rows, int header, BadRecordException bad) {
        /** The cells of rows {@code from} (inclusive) to {@code to} (exclusive). */
        List<List<String>> cells(int from, int to) {
            List<List<String>> out = new ArrayList<>();
            for (Row r : rows.subList(from, to)) out.add(r.cells());
            return out;
        }
    }

    /**
     * Reads ahead of {@code first} (a row with one filled cell) while rows have at most one filled cell (rows with none,
     * such as {@code ,,,} from an empty row saved by Excel, passed over), up to {@value #MAX} title rows.
     */
    static Ahead readAhead(List<String> first, long firstLine, Records in) throws CorpusException {
        List<Row> ahead = new ArrayList<>();
        ahead.add(new Row(first, firstLine));
        int titles = 1;
        BadRecordException bad = null;
        try {
            while (titles <= MAX && ahead.size() <= 2 * MAX && filled(ahead.get(ahead.size() - 1).cells()) <= 1) {
                List<String> r = in.next();
                if (r == null) break;
                ahead.add(new Row(r, in.line()));
                if (filled(r) == 1) titles++;
            }
        } catch (BadRecordException e) {
            bad = e; // not a header: the rows before it are read as they are
        }
        int k = ahead.size() - 1;
        boolean found = bad == null && k >= 1 && titles <= MAX && filled(ahead.get(k).cells()) >= 2;
        return new Ahead(ahead, found ? k : 0, bad);
    }

    /**
     * The note for title rows {@code titles} (at {@code first}..{@code last}) above the header at {@code header}:
     * {@code unit} "row" or "line", {@code where} the sheet (" of sheet 'Coding'") or "", {@code cells} how the title
     * rows are described ("a single cell each").
     */
    static String note(String unit, String where, String cells, List<List<String>> titles, String first, String last, long header) {
        List<String> texts = new ArrayList<>();
        for (List<String> t : titles) {
            for (String v : t) {
                if (v != null && !v.isBlank()) texts.add("'" + (v.length() > 60 ? v.substring(0, 57) + "..." : v.strip()) + "'");
            }
        }
        return (titles.size() == 1 ? unit + " " + first + where + " holds" : unit + "s " + first + "-" + last + where + " hold")
                + " " + cells + " (" + String.join(", ", texts) + ") above " + unit + " " + header + ", the first " + unit + " with "
                + "several filled cells: read as title " + unit + "s, not data; " + unit + " " + header + " is the header. If " + unit
                + " " + first + " is the header, give the other columns a name there too.";
    }
}
