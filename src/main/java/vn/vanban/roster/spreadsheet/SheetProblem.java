package vn.vanban.roster.spreadsheet;

/**
 * One thing wrong with an imported sheet, placed as Excel shows it so that a clerk can find the cell.
 *
 * @param row     1-based row number; 0 when the problem is the whole file
 * @param column  column letter ("F"), null when the problem is a whole row or the file
 * @param heading the column's heading as found in the file, null with the column
 * @param message in Vietnamese, for the person who fixes the file
 */
public record SheetProblem(int row, String column, String heading, String message) {

    static SheetProblem file(String message) {
        return new SheetProblem(0, null, null, message);
    }

    @Override
    public String toString() {
        if (row == 0) {
            return message;
        }
        String where = column == null ? "Dòng " + row : "Dòng " + row + ", cột " + column
                + (heading == null ? "" : " (" + heading + ")");
        return where + ": " + message;
    }
}
