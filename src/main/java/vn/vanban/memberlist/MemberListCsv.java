package vn.vanban.memberlist;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import vn.vanban.document.TableCell;
import vn.vanban.document.TableRow;
import vn.vanban.roster.form.FormColumn;
import vn.vanban.roster.spreadsheet.FormulaGuard;

/**
 * The list as CSV (RFC 4180): the form's headings, then one record per body row with the merged
 * commune and team cells repeated, since CSV has no merged cells and a repeated value is what filters
 * and pivot tables need. No title and no Cộng or TỔNG rows: a CSV is for machines and mail merges,
 * not for printing.
 */
final class MemberListCsv {

    /** Excel takes a CSV without a BOM for the ANSI code page and garbles every Vietnamese letter. */
    private static final char BOM = '\uFEFF';

    private MemberListCsv() {
    }

    static void write(List<FormColumn> columns, Iterator<TableRow> rows, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(BOM);
            String[] cells = columns.stream().map(FormColumn::heading).toArray(String[]::new);
            record(writer, cells);
            while (rows.hasNext()) {
                TableRow row = rows.next();
                if (row.kind() != TableRow.Kind.BODY) {
                    continue;
                }
                for (int c = 0; c < cells.length; c++) {
                    TableCell cell = row.cells().get(c);
                    // A merged cell goes on with the text above it, which is still in cells[c].
                    if (!cell.mergedUp()) {
                        cells[c] = cell.text();
                    }
                }
                record(writer, cells);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(cells[i]));
        }
        writer.write("\r\n");
    }

    /**
     * Quoted only when it must be: a comma, a semicolon, a quote, a line break, or spaces at either end.
     * A value a spreadsheet would run as a formula is first kept as text ({@link FormulaGuard}).
     */
    static String field(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String value = FormulaGuard.protect(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0
                || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
