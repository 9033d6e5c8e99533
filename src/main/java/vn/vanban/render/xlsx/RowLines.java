package vn.vanban.render.xlsx;

import java.util.Arrays;
import java.util.List;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;

/**
 * How many lines each row of a streamed table needs. A merged cell's text may need more lines than one
 * row has, and the rows of its group are written before the group's end is known; so what the text
 * still needs is carried down the group, and the group's last row (the lookahead shows it) takes the
 * rest. Holds one counter per column.
 */
final class RowLines {

    private final RowHeights heights;
    private final double[] columnPt;
    private int[] pending = new int[0];

    RowLines(RowHeights heights, double[] columnPt) {
        this.heights = heights;
        this.columnPt = columnPt;
    }

    /** The lines of {@code row}, given the row after it ({@code null} at the end). */
    int of(TableRow row, TableRow next, double sizePt, boolean bold) {
        List<TableCell> cells = row.cells();
        if (cells.size() > pending.length) {
            pending = Arrays.copyOf(pending, cells.size());
        }
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            TableCell cell = cells.get(c);
            if (!cell.mergedUp()) {
                double width = c < columnPt.length ? columnPt[c] : columnPt[columnPt.length - 1];
                pending[c] = heights.lines(cell.text(), width, sizePt, bold);
            }
            if (!continues(next, c)) {
                lines = Math.max(lines, pending[c]);
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            if (continues(next, c)) {
                pending[c] = Math.max(0, pending[c] - lines);
            }
        }
        return lines;
    }

    private static boolean continues(TableRow next, int column) {
        return next != null && column < next.cells().size() && next.cells().get(column).mergedUp();
    }
}
