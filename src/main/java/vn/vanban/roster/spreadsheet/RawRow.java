package vn.vanban.roster.spreadsheet;

import java.util.List;

/**
 * A non-empty row as a source read it, before anything is made of it. Texts are already converted from
 * legacy encodings, composed and single-spaced.
 *
 * @param number the 1-based row number Excel shows
 * @param cells  the non-blank cells, left to right
 */
record RawRow(int number, List<Cell> cells) {

    /**
     * @param column  0-based
     * @param numeric an Excel number (or, in a CSV, all digits): a phone in it may have lost its zero
     */
    record Cell(int column, String text, boolean numeric) {
    }

    RawRow {
        cells = List.copyOf(cells);
    }

    Cell cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }
}
