package vn.vanban.render.xlsx;

import java.util.Arrays;

/**
 * The merged cells of a sheet, found as its rows go by: a cell merged up extends the group of the cell
 * above, any other cell closes it. SpreadsheetML lists the merges after the rows, so they are kept, as
 * three ints each (column, first row, last row), about 12 bytes a team.
 */
final class MergedRanges {

    private int[] ranges = new int[3 * 256];
    private int size;
    /** Per column: the row its open group started on, or 0. */
    private int[] groupStart = new int[0];
    private int lastRow;

    /** Notes cell {@code column} of row {@code row} (1-based); {@code mergedUp}: it continues the cell above. */
    void cell(int column, int row, boolean mergedUp) {
        if (column >= groupStart.length) {
            groupStart = Arrays.copyOf(groupStart, column + 1);
        }
        if (!mergedUp || groupStart[column] == 0) {
            close(column, row - 1);
            groupStart[column] = row;
        }
        lastRow = Math.max(lastRow, row);
    }

    /** Closes every open group at the last row seen; call once, after the rows. */
    void closeAll() {
        for (int c = 0; c < groupStart.length; c++) {
            close(c, lastRow);
            groupStart[c] = 0;
        }
    }

    int size() {
        return size;
    }

    int column(int i) {
        return ranges[3 * i];
    }

    int firstRow(int i) {
        return ranges[3 * i + 1];
    }

    int lastRow(int i) {
        return ranges[3 * i + 2];
    }

    private void close(int column, int end) {
        int start = groupStart[column];
        if (start > 0 && end > start) {
            if (3 * size + 3 > ranges.length) {
                ranges = Arrays.copyOf(ranges, ranges.length * 2);
            }
            ranges[3 * size] = column;
            ranges[3 * size + 1] = start;
            ranges[3 * size + 2] = end;
            size++;
        }
    }
}
