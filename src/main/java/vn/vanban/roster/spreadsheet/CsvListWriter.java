package vn.vanban.roster.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The list as CSV (RFC 4180): the header row, then one record per row with the commune and team
 * repeated, since CSV has no merged cells and a repeated value is what filters and pivot tables need.
 * No title and no TỔNG row: a CSV is for machines and mail merges, not for printing.
 */
final class CsvListWriter {

    /** Excel takes a CSV without a BOM for the ANSI code page and garbles every Vietnamese letter. */
    private static final char BOM = '\uFEFF';

    private CsvListWriter() {
    }

    static void write(Iterable<CommuneRoster> communes, ExportOptions options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        List<SheetLayout.Column> columns = options.layout().columns();
        String[] header = columns.stream().map(SheetLayout.Column::heading).toArray(String[]::new);
        record(writer, header);
        ListLines.forEach(communes, options, line -> record(writer, line.cells()));
        writer.flush();
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

    /** Quoted only when it must be: a comma, a quote, a line break, or spaces at either end. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0
                || Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
