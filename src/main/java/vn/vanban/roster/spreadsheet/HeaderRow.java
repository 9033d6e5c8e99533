package vn.vanban.roster.spreadsheet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The row of column headings, looked for among the first rows because forms put a title, the commune
 * and sometimes a blank line above it. Its headings decide which form the file follows.
 *
 * @param index    position in the list of rows
 * @param row      1-based row number
 * @param columns  where each recognised column is
 * @param headings each recognised column's heading as written
 */
record HeaderRow(int index, int row, Map<SheetColumn, Integer> columns, Map<SheetColumn, String> headings) {

    static final int SCAN = 15;
    static final Set<SheetColumn> REQUIRED = Set.of(SheetColumn.TEAM, SheetColumn.NAME, SheetColumn.ROLE);

    /** The decision number and the note are what the 2025 form added; either one tells it apart. */
    SheetLayout layout() {
        return columns.containsKey(SheetColumn.DECISION) || columns.containsKey(SheetColumn.NOTE)
                ? SheetLayout.FORM_2025 : SheetLayout.FORM_2022;
    }

    boolean complete() {
        return columns.keySet().containsAll(REQUIRED);
    }

    /** The first complete header row, else the best partial one (which says what is missing), else null. */
    static HeaderRow find(List<RawRow> rows) {
        HeaderRow best = null;
        for (int i = 0; i < Math.min(SCAN, rows.size()); i++) {
            HeaderRow candidate = of(i, rows.get(i));
            if (candidate.complete()) {
                return candidate;
            }
            if (best == null || candidate.columns.size() > best.columns.size()) {
                best = candidate;
            }
        }
        return best != null && best.columns.size() >= 2 ? best : null;
    }

    private static HeaderRow of(int index, RawRow row) {
        Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
        Map<SheetColumn, String> headings = new EnumMap<>(SheetColumn.class);
        for (RawRow.Cell cell : row.cells()) {
            SheetColumn kind = SheetColumn.ofHeading(Folding.heading(cell.text()));
            if (kind != null && !columns.containsKey(kind)) {
                columns.put(kind, cell.column());
                headings.put(kind, cell.text());
            }
        }
        return new HeaderRow(index, row.number(), columns, headings);
    }
}
