package vn.vanban.roster.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets made in the tests the way people make them: typed cells, fonts, numbers. */
final class TestWorkbooks {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet = workbook.createSheet("Sheet1");
    private final Map<String, CellStyle> styles = new HashMap<>();

    /** Cells of a row (1-based, as Excel shows it), left to right from column A; null leaves a cell blank. */
    TestWorkbooks row(int number, String... cells) {
        return rowInFont(number, "Times New Roman", cells);
    }

    TestWorkbooks rowInFont(int number, String font, String... cells) {
        Row row = row(number);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                Cell cell = row.createCell(i);
                cell.setCellValue(cells[i]);
                cell.setCellStyle(style(font));
            }
        }
        return this;
    }

    /** A number cell, as Excel stores a phone typed without quoting it. */
    TestWorkbooks number(int rowNumber, int column, double value) {
        row(rowNumber).createCell(column).setCellValue(value);
        return this;
    }

    /** A cell of several runs, each in its own font: TCVN3 capitals typed in .VnTimeH, the rest in .VnTime. */
    TestWorkbooks rich(int rowNumber, int column, String cellFont, String... textThenFont) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < textThenFont.length; i += 2) {
            text.append(textThenFont[i]);
        }
        XSSFRichTextString rich = new XSSFRichTextString(text.toString());
        int at = 0;
        for (int i = 0; i < textThenFont.length; i += 2) {
            Font font = workbook.createFont();
            font.setFontName(textThenFont[i + 1]);
            rich.applyFont(at, at + textThenFont[i].length(), font);
            at += textThenFont[i].length();
        }
        Cell cell = row(rowNumber).createCell(column);
        cell.setCellValue(rich);
        cell.setCellStyle(style(cellFont));
        return this;
    }

    byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InputStream stream() {
        return new ByteArrayInputStream(bytes());
    }

    private Row row(int number) {
        Row row = sheet.getRow(number - 1);
        return row != null ? row : sheet.createRow(number - 1);
    }

    private CellStyle style(String font) {
        return styles.computeIfAbsent(font, name -> {
            Font f = workbook.createFont();
            f.setFontName(name);
            CellStyle s = workbook.createCellStyle();
            s.setFont(f);
            return s;
        });
    }

    static RosterSheet read(byte[] bytes) {
        return new RosterSheetReader().read(new ByteArrayInputStream(bytes));
    }
}
