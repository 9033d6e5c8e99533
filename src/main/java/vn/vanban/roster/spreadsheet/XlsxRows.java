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
    /** Excel's own limit for one cell. */
    private static final int MAX_CELL_CHARS = 32_767;

    /** Thrown once the row cap is passed. */
    static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super("too many rows", null, false, false);
        }
    }

    private final List<List<LegacyDecoding.Run>> strings;
    private final CellFonts fonts;
    private final int maxRows;
    private final List<LegacyDecoding.Row> rows = new ArrayList<>();

    private XlsxRows(List<List<LegacyDecoding.Run>> strings, CellFonts fonts, int maxRows) {
        this.strings = strings;
        this.fonts = fonts;
        this.maxRows = maxRows;
    }

    /**
     * @throws TooManyRows                 past {@code maxRows} non-empty rows
     * @throws SharedStrings.TooMuchText   for text far beyond any roster
     * @throws IOException                 for a damaged package
     * @throws XMLStreamException          for a damaged part
     */
    static List<LegacyDecoding.Row> read(XlsxPackage pkg, int maxRows) throws IOException, XMLStreamException {
        if (pkg.sheet() == null) {
            return List.of();
        }
        List<List<LegacyDecoding.Run>> strings = List.of();
        if (pkg.sharedStrings() != null) {
            try (InputStream in = pkg.open(pkg.sharedStrings())) {
                strings = SharedStrings.read(in);
            }
        }
        CellFonts fonts = CellFonts.NONE;
        if (pkg.styles() != null) {
            try (InputStream in = pkg.open(pkg.styles())) {
                fonts = CellFonts.read(in);
            }
        }
        XlsxRows reader = new XlsxRows(strings, fonts, maxRows);
        try (InputStream in = pkg.open(pkg.sheet())) {
            reader.sheet(StaxInput.reader(in));
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
                String ref = xml.getAttributeValue(null, "r");
                int column = ref != null ? column(ref) : nextColumn;
                nextColumn = column + 1;
                LegacyDecoding.Cell cell = cell(xml, column);
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
    private LegacyDecoding.Cell cell(XMLStreamReader xml, int column) throws XMLStreamException {
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
                if (chars > MAX_CELL_CHARS) {
                    throw new SharedStrings.TooMuchText();
                }
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
        return runs.stream().anyMatch(r -> !r.text().isBlank()) ? new LegacyDecoding.Cell(column, runs, numeric) : null;
    }

    /** Column index of a reference such as "AB12". */
    static int column(String reference) {
        int col = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }

    /** "9.18234567E8" or "918234567.0" as Excel shows the number: "918234567". */
    static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw.trim()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw.trim();
        }
    }
}
