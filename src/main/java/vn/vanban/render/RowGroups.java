package vn.vanban.render;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;

/**
 * Which rows of a ruled table stay on one page, the rule the DOCX gives Word (keep-with-next rows) and
 * the PDF applies itself: a page never starts inside a merge. The rows of an outer group (a commune,
 * whose first cell the following rows continue) are held one group at a time. A group short enough
 * (half a page) keeps together whole; a longer one keeps each team together and prints its commune again
 * on the first row of each team, so whichever team starts a page says its commune. The row before a
 * "Cộng" or "TỔNG" row keeps with it.
 */
public final class RowGroups {

    /**
     * One outer group as it is written: its rows, for each whether it keeps with the row after it, and each
     * one's height as written (a row printed again with its commune measured again, the others once).
     */
    public record Group(List<TableRow> rows, List<Boolean> keepWithNext, List<Double> heights) {
    }

    /** Measures a row as it stands in the group (merged-up cells empty). */
    @FunctionalInterface
    public interface Heights {
        double of(TableRow row);
    }

    private RowGroups() {
    }

    /** The next group of {@code rows} (or a lone total row), set out for a page {@code pageHeight} tall. */
    public static Group next(RowsAhead rows, Heights heights, double pageHeight) {
        List<TableRow> group = new ArrayList<>();
        group.add(rows.next());
        while (group.get(0).kind() != TableRow.Kind.TOTAL && rows.peek() != null
                && rows.peek().kind() == TableRow.Kind.BODY && leadingMergedUp(rows.peek()) > 0) {
            group.add(rows.next());
        }
        TableRow after = rows.peek();
        int depth = 0;
        double height = 0;
        List<Double> measured = new ArrayList<>(group.size());
        for (TableRow row : group) {
            depth = Math.max(depth, leadingMergedUp(row));
            measured.add(heights.of(row));
            height += measured.get(measured.size() - 1);
        }
        boolean whole = height <= pageHeight / 2;
        List<TableRow> written = new ArrayList<>(group.size());
        List<Double> writtenHeights = new ArrayList<>(group.size());
        List<List<vn.vanban.document.Run>> merging = new ArrayList<>();
        for (int j = 0; j < group.size(); j++) {
            TableRow row = group.get(j);
            TableRow out = !whole && j > 0 && leadingMergedUp(row) < depth ? unmerged(row, merging) : row;
            for (int c = 0; c < out.cells().size(); c++) {
                if (merging.size() <= c) {
                    merging.add(List.of());
                }
                if (!out.cells().get(c).mergedUp()) {
                    merging.set(c, out.cells().get(c).runs());
                }
            }
            written.add(out);
            writtenHeights.add(out == row ? measured.get(j) : heights.of(out));
        }
        List<Boolean> keeps = new ArrayList<>(written.size());
        for (int j = 0; j < written.size(); j++) {
            boolean last = j == written.size() - 1;
            keeps.add(last ? after != null && after.kind() == TableRow.Kind.TOTAL
                    : whole || leadingMergedUp(written.get(j + 1)) >= depth);
        }
        return new Group(List.copyOf(written), List.copyOf(keeps), List.copyOf(writtenHeights));
    }

    /** How many cells from the left of {@code row} continue the merge above them. */
    public static int leadingMergedUp(TableRow row) {
        int n = 0;
        while (n < row.cells().size() && row.cells().get(n).mergedUp()) {
            n++;
        }
        return n;
    }

    /**
     * {@code row} with its merged-up cells printed again: they start a merge of their own, with the text
     * of the cell they continued ({@code merging}, by column), since a streamed row leaves it out.
     */
    private static TableRow unmerged(TableRow row, List<List<vn.vanban.document.Run>> merging) {
        List<TableCell> cells = new ArrayList<>(row.cells().size());
        for (int c = 0; c < row.cells().size(); c++) {
            TableCell cell = row.cells().get(c);
            List<vn.vanban.document.Run> runs = cell.runs().isEmpty() && c < merging.size() ? merging.get(c) : cell.runs();
            cells.add(cell.mergedUp() ? new TableCell(runs, cell.align(), false) : cell);
        }
        return new TableRow(row.kind(), cells);
    }
}
