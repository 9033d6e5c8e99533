package vn.vanban.roster.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as offices send it: UTF-8 with or without a BOM from current Excel and Google Sheets, or the
 * ANSI code page (windows-1252) from old machines, where TCVN3 and VNI text lives. Comma or semicolon
 * (Excel uses ";" where the decimal separator is ","), RFC 4180 quotes.
 */
final class CsvRows {

    /** windows-1252 leaves five bytes undefined; they are kept as the C1 code points Latin-1 gives them. */
    private static final char[] WINDOWS_1252 = windows1252();

    /** Thrown when the row cap is passed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows", null, false, false);
        }
    }

    /** Thrown for a quote that is never closed; the row is where the field began. */
    static final class UnclosedQuote extends RuntimeException {
        final int row;

        UnclosedQuote(int row) {
            super("unclosed quote", null, false, false);
            this.row = row;
        }
    }

    private CsvRows() {
    }

    /** The text of the file: UTF-8 when the bytes are valid UTF-8, windows-1252 otherwise. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            char[] chars = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                chars[i] = WINDOWS_1252[bytes[i] & 0xFF];
            }
            return new String(chars);
        }
    }

    /**
     * The records of the text, row numbers counted as Excel would show the file: one per record, so a
     * quoted line break does not shift the rows after it. Fields are still raw: a CSV has no fonts, so
     * {@link LegacyDecoding} tells legacy text by the text alone.
     */
    static List<LegacyDecoding.Row> parse(String text, char delimiter, int maxRows, ReadBudget budget) {
        return parse(text, delimiter, maxRows, true, budget);
    }

    /**
     * The first rows only, to find the header row with either delimiter.
     *
     * @throws SpreadsheetTooLargeException when those rows, cut at this delimiter, pass a limit
     */
    static List<LegacyDecoding.Row> preview(String text, char delimiter, int rows, ReadBudget budget) {
        return parse(text, delimiter, rows, false, budget);
    }

    /**
     * Every field, record and character is counted as it is read: a quote never closed would otherwise
     * make the rest of the file one field, and a line of commas a million fields.
     */
    private static List<LegacyDecoding.Row> parse(String text, char delimiter, int maxRows, boolean failOnMore,
                                                  ReadBudget budget) {
        List<LegacyDecoding.Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int row = 1;
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean fieldStart = true;
        int quoteRow = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                    budget.cellLength(field.length(), quoteRow);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                quoteRow = row;
                fieldStart = false;
            } else if (c == delimiter) {
                fields.add(field.toString());
                budget.fields(fields.size(), row);
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                if (!add(rows, row, fields, maxRows, failOnMore, budget)) {
                    return rows;
                }
                fields.clear();
                fieldStart = true;
                row++;
            } else {
                field.append(c);
                budget.cellLength(field.length(), row);
                fieldStart = false;
            }
            i++;
        }
        if (quoted && failOnMore) {
            throw new UnclosedQuote(quoteRow);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            add(rows, row, fields, maxRows, failOnMore, budget);
        }
        return rows;
    }

    /** False when the cap is reached and the caller only wanted the first rows. */
    private static boolean add(List<LegacyDecoding.Row> rows, int row, List<String> fields, int maxRows,
                               boolean failOnMore, ReadBudget budget) {
        List<LegacyDecoding.Cell> cells = new ArrayList<>();
        for (int col = 0; col < fields.size(); col++) {
            String field = FormulaGuard.unprotect(fields.get(col));
            if (!field.isBlank()) {
                // Blank fields cost no more than the bytes of the file; the cells decoded later are counted.
                budget.cell();
                budget.chars(field.length());
                // All digits: a number to Excel, which drops a phone's zero when it saves the CSV again.
                cells.add(new LegacyDecoding.Cell(col, List.of(new LegacyDecoding.Run(field, null)),
                        field.strip().matches("\\d{1,15}")));
            }
        }
        if (!cells.isEmpty()) {
            if (rows.size() >= maxRows) {
                if (failOnMore) {
                    throw new TooManyRows();
                }
                return false;
            }
            rows.add(new LegacyDecoding.Row(row, cells));
        }
        return true;
    }

    private static char[] windows1252() {
        Charset cp1252 = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            CharsetDecoder decoder = cp1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            try {
                CharBuffer one = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table[b] = one.get(0);
            } catch (CharacterCodingException e) {
                table[b] = (char) b;
            }
        }
        return table;
    }
}
