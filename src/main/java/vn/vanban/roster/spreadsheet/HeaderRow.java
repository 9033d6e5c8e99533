package vn.vanban.roster.spreadsheet;

import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.MemberListForm;
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
record HeaderRow(int index, int row, Map<ColumnKind, Integer> columns, Map<ColumnKind, String> headings) {

    static final int SCAN = 15;
    static final Set<ColumnKind> REQUIRED = Set.of(ColumnKind.TEAM, ColumnKind.NAME, ColumnKind.ROLE);

    /** The decision number and the note are what the 2025 edition added; either one tells it apart. */
    MemberListForm form() {
        return columns.containsKey(ColumnKind.DECISION) || columns.containsKey(ColumnKind.NOTE)
                ? MemberListForm.FORM_2025 : MemberListForm.FORM_2022;
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
        Map<ColumnKind, Integer> columns = new EnumMap<>(ColumnKind.class);
        Map<ColumnKind, String> headings = new EnumMap<>(ColumnKind.class);
        for (RawRow.Cell cell : row.cells()) {
            ColumnKind kind = ColumnHeadings.kindOf(Folding.heading(cell.text()));
            if (kind != null && !columns.containsKey(kind)) {
                columns.put(kind, cell.column());
                headings.put(kind, cell.text());
            }
        }
        return new HeaderRow(index, row.number(), columns, headings);
    }
}
