package vn.vanban.roster.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import vn.vanban.limits.SpreadsheetLimits;

/**
 * Reads a member list in either form, XLSX or CSV, told apart by content rather than by file name
 * (people rename files). Legacy TCVN3 and VNI text is converted on the way in. Either the whole list
 * comes back or a {@link SheetFormatException} lists every problem: a half-read roster would be merged
 * and delete the people it missed.
 *
 * <p>The file is held in memory up to {@code maxBytes}; an XLSX is then read from a temporary file, its
 * parts inflated as streams, so its unzipped XML never is. What the file may cost beyond its size
 * (inflated bytes, cells, characters) is bounded by {@link SpreadsheetLimits}, and a file past any bound
 * is a {@link SpreadsheetTooLargeException} naming it.
 */
public final class RosterSheetReader {

    /** A commune has at most a few hundred members; ten thousand rows leaves room for a district. */
    public static final int DEFAULT_MAX_ROWS = 10_000;
    /** A commune's list is tens of kilobytes; 100,000 rows of XLSX are about 3 MB. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Room above and below the data for the title, the header and the TỔNG row. */
    private static final int LAYOUT_ROWS = HeaderRow.SCAN + 5;

    private final int maxRows;
    private final long maxBytes;
    private final SpreadsheetLimits limits;

    public RosterSheetReader() {
        this(DEFAULT_MAX_ROWS, DEFAULT_MAX_BYTES);
    }

    public RosterSheetReader(int maxRows, long maxBytes) {
        this(maxRows, maxBytes, SpreadsheetLimits.defaults());
    }

    /**
     * @param maxRows  the most member rows accepted
     * @param maxBytes the largest file accepted
     * @param limits   what reading the file may cost beyond its size
     */
    public RosterSheetReader(int maxRows, long maxBytes, SpreadsheetLimits limits) {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("maxRows and maxBytes must be positive");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    /**
     * @throws SheetFormatException the problems, each with its row and column
     * @throws SpreadsheetTooLargeException when the file passes a limit
     * @throws UncheckedIOException when the stream itself fails
     */
    public RosterSheet read(InputStream in) {
        byte[] bytes = readBounded(in);
        if (bytes.length == 0) {
            throw problem("Tệp rỗng");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return xlsx(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw problem("Tệp Excel 97-2003 (.xls) chưa đọc được; hãy mở bằng Excel và lưu lại dạng .xlsx");
        }
        if (startsWith(bytes, 'P', 'K')) {
            throw problem("Tệp nén không phải XLSX; hãy gửi tệp .xlsx hoặc .csv");
        }
        if (hasNul(bytes)) {
            throw problem("Tệp không phải XLSX hay CSV");
        }
        return SheetInterpreter.interpret(csvRows(bytes), maxRows);
    }

    /** The first sheet as the form, with what the hidden sheet of an export carries. */
    private RosterSheet xlsx(byte[] bytes) {
        XlsxRows.Sheets sheets = xlsxSheets(bytes);
        RosterSheet sheet = SheetInterpreter.interpret(LegacyDecoding.decode(sheets.first()), maxRows);
        return sheet.carrying(CarriedEntries.of(plain(sheets.carried())));
    }

    /**
     * The hidden sheet's rows as written: it is ours, in Unicode, and its ASCII keys and Latin-1 names
     * must not be taken for legacy text.
     */
    private static List<RawRow> plain(List<LegacyDecoding.Row> rows) {
        List<RawRow> out = new ArrayList<>(rows.size());
        for (LegacyDecoding.Row row : rows) {
            List<RawRow.Cell> cells = new ArrayList<>();
            for (LegacyDecoding.Cell cell : row.cells()) {
                StringBuilder text = new StringBuilder();
                cell.runs().forEach(run -> text.append(run.text()));
                String clean = Folding.clean(text.toString());
                if (clean != null) {
                    cells.add(new RawRow.Cell(cell.column(), clean, cell.numeric()));
                }
            }
            out.add(new RawRow(row.number(), cells));
        }
        return out;
    }

    private XlsxRows.Sheets xlsxSheets(byte[] bytes) {
        ReadBudget budget = new ReadBudget(limits);
        try (XlsxPackage pkg = XlsxPackage.of(bytes, budget)) {
            return XlsxRows.read(pkg, maxRows + LAYOUT_ROWS, budget);
        } catch (XlsxRows.TooManyRows e) {
            throw tooManyRows();
        } catch (IOException | XMLStreamException e) {
            throw problem("Tệp XLSX bị hỏng hoặc không đọc được; hãy mở bằng Excel và lưu lại");
        }
    }

    private List<RawRow> csvRows(byte[] bytes) {
        String text = CsvRows.decode(bytes);
        char delimiter = delimiter(text);
        try {
            return LegacyDecoding.decode(CsvRows.parse(text, delimiter, maxRows + LAYOUT_ROWS, new ReadBudget(limits)));
        } catch (CsvRows.TooManyRows e) {
            throw tooManyRows();
        } catch (CsvRows.UnclosedQuote e) {
            throw new SheetFormatException(List.of(new SheetProblem(e.row, null, null,
                    "Dấu ngoặc kép (\") mở ở dòng này không được đóng")));
        }
    }

    /**
     * The delimiter with which the header row is found; Excel writes ";" in locales whose decimal
     * separator is a comma, Vietnamese among them. Comma when neither finds one (the problem is then
     * "no header row" anyway).
     */
    private char delimiter(String text) {
        int byComma = headerScore(text, ',');
        int bySemicolon = headerScore(text, ';');
        return bySemicolon > byComma ? ';' : ',';
    }

    /** How well the first rows cut at the delimiter make a header row; -1 when they make none. */
    private int headerScore(String text, char delimiter) {
        HeaderRow header;
        try {
            header = HeaderRow.find(LegacyDecoding.decode(CsvRows.preview(text, delimiter, HeaderRow.SCAN,
                    new ReadBudget(limits))));
        } catch (SpreadsheetTooLargeException e) {
            // Cut at the wrong delimiter a good file can look like one long field; the real read will tell.
            return -1;
        }
        return header == null ? -1 : header.columns().size() + (header.complete() ? 100 : 0);
    }

    private byte[] readBounded(InputStream in) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new SpreadsheetTooLargeException("vanban.limits.max-body-bytes", maxBytes,
                            "Tệp lớn quá " + megabytes(maxBytes) + "; hãy chia danh sách thành nhiều tệp");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SpreadsheetTooLargeException tooManyRows() {
        return new SpreadsheetTooLargeException("vanban.limits.max-rows", maxRows,
                "Danh sách dài quá " + maxRows + " dòng; hãy chia thành nhiều tệp");
    }

    private static SheetFormatException problem(String message) {
        return new SheetFormatException(List.of(SheetProblem.file(message)));
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files never hold NUL; PDFs, images and UTF-16 files do early on. */
    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
