package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the first sheet of an XLSX with StAX, row by row, over the zip as it inflates: a workbook object
 * model would hold the whole file as objects before the first row could be counted against the cap.
 * Each string keeps its font, which {@link LegacyDecoding} needs to convert TCVN3 and VNI.
 */
final class XlsxRows {

    /** Our forms have eight columns; anything far to the right is notes or junk, not data. */
    private static final int MAX_COLUMNS = 64;
    /** Excel's last column is XFD; a longer reference is no column of a sheet. */
    private static final int MAX_COLUMN_LETTERS = 3;
    /** Excel keeps fifteen significant digits; room for those and their zeros either side of the point. */
    private static final int MAX_PLAIN_DIGITS = 40;

    /** Thrown once the row cap is passed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows", null, false, false);
        }
    }

    private final List<List<LegacyDecoding.Run>> strings;
    private final CellFonts fonts;
    private final int maxRows;
    private final ReadBudget budget;
    private final List<LegacyDecoding.Row> rows = new ArrayList<>();

    private XlsxRows(List<List<LegacyDecoding.Run>> strings, CellFonts fonts, int maxRows, ReadBudget budget) {
        this.strings = strings;
        this.fonts = fonts;
        this.maxRows = maxRows;
        this.budget = budget;
    }

    /** The rows of the first sheet, and of the hidden sheet of {@link CarriedEntries} (empty without one). */
    record Sheets(List<LegacyDecoding.Row> first, List<LegacyDecoding.Row> carried) {
    }

    /**
     * @throws TooManyRows                  past {@code maxRows} non-empty rows in a sheet
     * @throws SpreadsheetTooLargeException past any limit of the budget
     * @throws IOException                  for a damaged package
     * @throws XMLStreamException           for a damaged part
     */
    static Sheets read(XlsxPackage pkg, int maxRows, ReadBudget budget) throws IOException, XMLStreamException {
        if (pkg.sheet() == null) {
            return new Sheets(List.of(), List.of());
        }
        List<List<LegacyDecoding.Run>> strings = List.of();
        if (pkg.sharedStrings() != null) {
            try (InputStream in = pkg.open(pkg.sharedStrings())) {
                strings = SharedStrings.read(in, budget);
            }
        }
        CellFonts fonts = CellFonts.NONE;
        if (pkg.styles() != null) {
            try (InputStream in = pkg.open(pkg.styles())) {
                fonts = CellFonts.read(in, budget);
            }
        }
        List<LegacyDecoding.Row> first = rows(pkg, pkg.sheet(), new XlsxRows(strings, fonts, maxRows, budget));
        // The hidden sheet has a row per team and per seat: no more than the first sheet's rows.
        List<LegacyDecoding.Row> carried = pkg.carried() == null || pkg.carried().equals(pkg.sheet()) ? List.of()
                : rows(pkg, pkg.carried(), new XlsxRows(strings, fonts, maxRows, budget));
        return new Sheets(first, carried);
    }

    private static List<LegacyDecoding.Row> rows(XlsxPackage pkg, String part, XlsxRows reader)
            throws IOException, XMLStreamException {
        try (InputStream in = pkg.open(part)) {
            reader.sheet(StaxInput.reader(in, reader.budget));
        }
        return reader.rows;
    }

    private void sheet(XMLStreamReader xml) throws XMLStreamException {
        int rowNumber = 0;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                String r = xml.getAttributeValue(null, "r");
                rowNumber = r == null ? rowNumber + 1 : CellFonts.index(r);
                if (rowNumber < 1) {
                    throw new XMLStreamException("row number " + r);
                }
                row(xml, rowNumber);
            }
        }
        xml.close();
    }

    /** From a {@code <row>} to its end. */
    private void row(XMLStreamReader xml, int number) throws XMLStreamException {
        List<LegacyDecoding.Cell> cells = new ArrayList<>();
        int nextColumn = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                budget.cell();
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? column(ref) : nextColumn;
                nextColumn = column + 1;
                LegacyDecoding.Cell cell = cell(xml, column, number);
                if (cell != null && column >= 0 && column < MAX_COLUMNS) {
                    cells.add(cell);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                break;
            }
        }
        if (!cells.isEmpty()) {
            if (rows.size() >= maxRows) {
                throw new TooManyRows();
            }
            rows.add(new LegacyDecoding.Row(number, cells));
        }
    }

    /** From a {@code <c>} to its end: its value in its font, or null when it shows nothing. */
    private LegacyDecoding.Cell cell(XMLStreamReader xml, int column, int row) throws XMLStreamException {
        String type = xml.getAttributeValue(null, "t");
        String font = fonts.of(xml.getAttributeValue(null, "s"));
        StringBuilder value = new StringBuilder();
        RichRuns inline = null;
        boolean inValue = false;
        int chars = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (inline != null) {
                    inline.start(name, xml.getAttributeValue(null, "val"));
                } else if (name.equals("is")) {
                    inline = new RichRuns();
                } else {
                    inValue = name.equals("v");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    break;
                }
                if (inline != null && !name.equals("is")) {
                    inline.end(name);
                }
                inValue = false;
            } else if (xml.isCharacters() || event == XMLStreamConstants.CDATA) {
                chars += xml.getTextLength();
                budget.cellLength(chars, row);
                if (inline != null) {
                    inline.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                } else if (inValue) {
                    value.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
        }
        return cell(column, type == null ? "n" : type, value.toString(), inline, font);
    }

    private LegacyDecoding.Cell cell(int column, String type, String value, RichRuns inline, String font) {
        List<LegacyDecoding.Run> runs;
        boolean numeric = false;
        switch (type) {
            case "s" -> {
                int index = CellFonts.index(value);
                runs = index >= 0 && index < strings.size() ? RichRuns.inFont(strings.get(index), font) : List.of();
            }
            case "inlineStr" -> runs = inline == null ? List.of() : RichRuns.inFont(inline.runs(), font);
            case "n" -> {
                runs = value.isEmpty() ? List.of() : List.of(new LegacyDecoding.Run(plainNumber(value), null));
                numeric = true;
            }
            case "b" -> runs = List.of(new LegacyDecoding.Run(value.trim().equals("1") ? "TRUE" : "FALSE", null));
            default -> runs = List.of(new LegacyDecoding.Run(value, font));
        }
        // Counted per cell: a hundred thousand cells showing one long shared string are that much text to decode.
        runs.forEach(r -> budget.chars(r.text().length()));
        return runs.stream().anyMatch(r -> !r.text().isBlank()) ? new LegacyDecoding.Cell(column, runs, numeric) : null;
    }

    /** Column index of a reference such as "AB12"; -1 for one that names no column Excel has. */
    static int column(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length() && isAsciiLetter(reference.charAt(i)); i++) {
            if (i == MAX_COLUMN_LETTERS) {
                return -1;
            }
            col = col * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * "9.18234567E8" or "918234567.0" as Excel shows the number: "918234567". A number whose plain form
     * would be longer than any phone (1E999999999 is a billion digits) stays as written.
     */
    static String plainNumber(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.trim()).stripTrailingZeros();
            if (Math.abs((long) number.precision() - number.scale()) > MAX_PLAIN_DIGITS
                    || Math.abs((long) number.scale()) > MAX_PLAIN_DIGITS) {
                return raw.trim();
            }
            return number.toPlainString();
        } catch (NumberFormatException e) {
            return raw.trim();
        }
    }
}
