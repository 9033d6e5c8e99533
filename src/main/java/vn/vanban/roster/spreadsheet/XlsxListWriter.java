package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vanban.layout.TextMeasure;

/**
 * Writes the list with POI's streaming SXSSF writer: only a window of rows stays in memory and the rest
 * goes to a compressed temporary file, so the heap does not grow with the rows; only the merged ranges
 * (four per team at most) are kept until the end. Strings are written inline rather than to a
 * shared-string table for the same reason.
 */
final class XlsxListWriter {

    /** Rows kept in memory; merges are added by address, so no earlier row is ever needed again. */
    private static final int WINDOW = 200;
    private static final String FONT = "Times New Roman";
    static final int HEADER_ROW = 3;

    private final SheetLayout layout;
    private final List<SheetLayout.Column> columns;
    private final RowHeights heights;

    private SXSSFSheet sheet;
    private Styles styles;
    private int rowIndex;
    private int communeStartRow;
    private int teamStartRow;
    private int teams;
    private int members;
    private int teamLinesPerRow;
    private int communeLinesPerRow;

    XlsxListWriter(SheetLayout layout, TextMeasure measure) {
        this.layout = layout;
        this.columns = layout.columns();
        this.heights = new RowHeights(measure);
    }

    void write(String subtitle, Iterable<CommuneRoster> communes, ExportOptions options, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet("Danh sách");
            styles = new Styles(workbook);
            setUpPage();
            heading(subtitle);
            rowIndex = HEADER_ROW + 1;
            communeStartRow = -1;
            teamStartRow = -1;
            ListLines.forEach(communes, options, this::line);
            closeTeam();
            closeCommune();
            if (layout.hasTotals()) {
                totals();
            }
            ignoreNumbersAsText(workbook);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void setUpPage() {
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(i, columns.get(i).width() * 256 + 200);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        // The eight columns of the 2025 form only fit across an A4 page turned sideways.
        print.setLandscape(columns.size() > 6);
        // One page wide, as many pages tall as it takes; the header row repeats on every page.
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, columns.size() - 1));
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private void heading(String subtitle) {
        int last = columns.size() - 1;
        Row title = sheet.createRow(0);
        title.setHeightInPoints(22);
        text(title, 0, layout.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        Row commune = sheet.createRow(1);
        commune.setHeightInPoints(20);
        text(commune, 0, subtitle == null ? "" : subtitle, styles.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        sheet.createRow(2);
        Row header = sheet.createRow(HEADER_ROW);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            SheetLayout.Column c = columns.get(i);
            text(header, i, c.heading(), styles.header);
            lines = Math.max(lines, heights.lines(c.heading(), RowHeights.columnPoints(c.width()), true));
        }
        header.setHeightInPoints((float) RowHeights.heightPt(lines) + 4);
    }

    private void line(ListLines.Line line) {
        if (line.teamStart()) {
            closeTeam();
            teamStartRow = rowIndex;
            teams++;
        }
        if (line.communeStart()) {
            closeCommune();
            communeStartRow = rowIndex;
        }
        if (line.member()) {
            members++;
        }
        Row row = sheet.createRow(rowIndex);
        int lines = 1;
        int teamLines = 1;
        int communeLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            SheetColumn kind = columns.get(i).kind();
            String value = line.cells()[i];
            int needed = heights.lines(value, RowHeights.columnPoints(columns.get(i).width()), false);
            switch (kind) {
                case NUMBER, COMMUNE -> {
                    communeLines = Math.max(communeLines, needed);
                    value = line.communeStart() ? value : "";
                }
                case TEAM, DECISION -> {
                    teamLines = Math.max(teamLines, needed);
                    value = line.teamStart() ? value : "";
                }
                default -> lines = Math.max(lines, needed);
            }
            if (kind == SheetColumn.NUMBER && !value.isEmpty()) {
                number(row, i, value, styles.body(kind));
            } else {
                text(row, i, value, styles.body(kind));
            }
        }
        // A merged cell's text shares the height of the rows it covers.
        if (line.teamStart()) {
            teamLinesPerRow = ceilDiv(teamLines, line.teamRows());
        }
        if (line.communeStart()) {
            communeLinesPerRow = ceilDiv(communeLines, line.communeRows());
        }
        lines = Math.max(lines, Math.max(teamLinesPerRow, communeLinesPerRow));
        row.setHeightInPoints((float) RowHeights.heightPt(lines));
        rowIndex++;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / Math.max(1, b);
    }

    private void closeTeam() {
        if (teamStartRow >= 0 && rowIndex - 1 > teamStartRow) {
            mergeDown(teamStartRow, rowIndex - 1, SheetColumn.TEAM, SheetColumn.DECISION);
        }
    }

    private void closeCommune() {
        if (communeStartRow >= 0 && rowIndex - 1 > communeStartRow) {
            mergeDown(communeStartRow, rowIndex - 1, SheetColumn.NUMBER, SheetColumn.COMMUNE);
        }
    }

    private void mergeDown(int first, int last, SheetColumn... kinds) {
        for (SheetColumn kind : kinds) {
            int col = indexOf(kind);
            if (col >= 0) {
                // The unchecked variant: the checked one compares with every earlier merge, which is
                // quadratic over a province's 20,000 teams, and these ranges cannot overlap.
                sheet.addMergedRegionUnsafe(new CellRangeAddress(first, last, col, col));
            }
        }
    }

    private void totals() {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < columns.size(); i++) {
            String value = switch (columns.get(i).kind()) {
                case COMMUNE -> "TỔNG";
                case TEAM -> teams + " tổ";
                case NAME -> members + " thành viên";
                default -> "";
            };
            text(row, i, value, styles.total);
        }
    }

    /** Phones are text so that the leading zero stays; Excel would flag every one of them without this. */
    private void ignoreNumbersAsText(SXSSFWorkbook workbook) {
        int phone = indexOf(SheetColumn.PHONE);
        if (phone >= 0 && rowIndex > HEADER_ROW + 1) {
            workbook.getXSSFWorkbook().getSheetAt(0).addIgnoredErrors(
                    new CellRangeAddress(HEADER_ROW + 1, rowIndex, phone, phone), IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        }
    }

    private int indexOf(SheetColumn kind) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /** TT is a number, as a person typing the form enters it; a text "1" would be flagged by Excel. */
    private static void number(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        try {
            cell.setCellValue(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            cell.setCellValue(value);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    /** The few styles of the form; a workbook holds at most 64,000, so they are made once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle centred;
        final CellStyle phone;
        final CellStyle total;

        Styles(SXSSFWorkbook workbook) {
            // The default font too, so that blank rows have the height of the body's rows.
            Font standard = workbook.getFontAt(0);
            standard.setFontName(FONT);
            standard.setFontHeightInPoints((short) 12);
            Font plain = font(workbook, false, 12);
            Font bold = font(workbook, true, 12);
            title = style(workbook, font(workbook, true, 14), HorizontalAlignment.CENTER, false);
            subtitle = style(workbook, font(workbook, true, 13), HorizontalAlignment.CENTER, false);
            header = style(workbook, bold, HorizontalAlignment.CENTER, true);
            text = style(workbook, plain, HorizontalAlignment.LEFT, true);
            centred = style(workbook, plain, HorizontalAlignment.CENTER, true);
            phone = style(workbook, plain, HorizontalAlignment.CENTER, true);
            // "@" keeps a phone typed over in Excel as text, with its leading zero.
            phone.setDataFormat(workbook.createDataFormat().getFormat("@"));
            total = style(workbook, bold, HorizontalAlignment.CENTER, true);
        }

        CellStyle body(SheetColumn kind) {
            return switch (kind) {
                case NUMBER -> centred;
                case PHONE -> phone;
                default -> text;
            };
        }

        private static Font font(SXSSFWorkbook workbook, boolean bold, int points) {
            Font f = workbook.createFont();
            f.setFontName(FONT);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle style(SXSSFWorkbook workbook, Font font, HorizontalAlignment align, boolean table) {
            CellStyle s = workbook.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            if (table) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
