package org.framelab.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A table longer than an Excel sheet keeps what fits and a note row; nothing is written past the last row. */
class SheetRowLimitTest {
    @Test
    void rowsThatDoNotFitLeaveRoomForTheNote() {
        int max = 1_048_576;
        // header at row 0, rows 1 .. max-1: max-1 items fit exactly
        assertThat(SheetKit.keptRows(0, max - 1, max)).isEqualTo(max - 1);
        // one more: the last row is the note, so max-2 items are kept
        assertThat(SheetKit.keptRows(0, max, max)).isEqualTo(max - 2);
        assertThat(SheetKit.keptRows(0, 394_000, max)).isEqualTo(394_000);
        // a table lower on a sheet
        assertThat(SheetKit.keptRows(10, 20, 25)).isEqualTo(13);   // rows 11..23 items, row 24 the note
        assertThat(SheetKit.keptRows(10, 14, 25)).isEqualTo(14);   // rows 11..24: fits
        assertThat(SheetKit.keptRows(24, 5, 25)).isZero();
    }
}
