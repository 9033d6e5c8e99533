package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an XLSX with SAX, row by row: the user model would hold the whole workbook
 * as XML objects (hundreds of MB for a province) before the first row could be counted against the cap.
 * Each string keeps its font, which {@link LegacyDecoding} needs to convert TCVN3 and VNI.
 */
final class XlsxRows {

    /** Our forms have eight columns; anything far to the right is notes or junk, not data. */
    private static final int MAX_COLUMNS = 64;

    /**
     * Shared strings are held in memory while the sheet is read; a small file can unzip to far more text
     * than any roster has, so their length is capped too.
     */
    private static final int MAX_SHARED_CHARS = 32 * 1024 * 1024;

    /** Thrown from inside the SAX parse to stop it once the row cap is passed. */
    static final class TooManyRows extends SAXException {
        TooManyRows() {
            super("too many rows");
        }
    }

    /** Thrown when the shared strings pass their cap. */
    static final class TooMuchText extends SAXException {
        TooMuchText() {
            super("too much text");
        }
    }

    private XlsxRows() {
    }

    static List<LegacyDecoding.Row> read(OPCPackage pkg, int maxRows) throws IOException, OpenXML4JException, SAXException {
        XSSFReader reader = new XSSFReader(pkg);
        List<List<LegacyDecoding.Run>> strings = sharedStrings(pkg);
        StylesTable styles = stylesOrNull(reader);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        SheetHandler handler = new SheetHandler(strings, styles, maxRows);
        try (InputStream sheet = sheets.next()) {
            parse(sheet, handler);
        }
        return handler.rows;
    }

    private static StylesTable stylesOrNull(XSSFReader reader) {
        try {
            return reader.getStylesTable();
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            // A file without styles is legal; every cell then has the default font.
            return null;
        }
    }

    private static List<List<LegacyDecoding.Run>> sharedStrings(OPCPackage pkg) throws IOException, SAXException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        List<List<LegacyDecoding.Run>> strings = new ArrayList<>();
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, new DefaultHandler() {
                private RichRuns current;
                private long chars;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    String name = local(localName, qName);
                    if (name.equals("si")) {
                        current = new RichRuns();
                    } else if (current != null) {
                        current.start(name, atts.getValue("val"));
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    String name = local(localName, qName);
                    if (name.equals("si")) {
                        strings.add(current.runs());
                        current = null;
                    } else if (current != null) {
                        current.end(name);
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    chars += length;
                    if (chars > MAX_SHARED_CHARS) {
                        throw new TooMuchText();
                    }
                    if (current != null) {
                        current.characters(ch, start, length);
                    }
                }
            });
        }
        return strings;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(in));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static String local(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
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

    private static final class SheetHandler extends DefaultHandler {
        private final List<List<LegacyDecoding.Run>> strings;
        private final StylesTable styles;
        private final int maxRows;
        private final Map<Integer, String> fonts = new HashMap<>();
        final List<LegacyDecoding.Row> rows = new ArrayList<>();

        private int rowNumber;
        private List<LegacyDecoding.Cell> cells;
        private int column;
        private int nextColumn;
        private String type;
        private String font;
        private final StringBuilder value = new StringBuilder();
        private boolean inValue;
        private boolean inInline;
        private RichRuns inline;

        SheetHandler(List<List<LegacyDecoding.Run>> strings, StylesTable styles, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            String name = local(localName, qName);
            if (inInline) {
                inline.start(name, atts.getValue("val"));
                return;
            }
            switch (name) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r != null ? Integer.parseInt(r) : rowNumber + 1;
                    cells = new ArrayList<>();
                    nextColumn = 0;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref != null ? column(ref) : nextColumn;
                    nextColumn = column + 1;
                    type = atts.getValue("t");
                    font = font(atts.getValue("s"));
                    value.setLength(0);
                    inline = null;
                }
                case "v" -> {
                    inValue = true;
                    value.setLength(0);
                }
                case "is" -> {
                    inInline = true;
                    inline = new RichRuns();
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            String name = local(localName, qName);
            if (inInline) {
                if (name.equals("is")) {
                    inInline = false;
                } else {
                    inline.end(name);
                }
                return;
            }
            switch (name) {
                case "v" -> inValue = false;
                case "c" -> cell();
                case "row" -> {
                    if (!cells.isEmpty()) {
                        if (rows.size() >= maxRows) {
                            throw new TooManyRows();
                        }
                        rows.add(new LegacyDecoding.Row(rowNumber, cells));
                    }
                    cells = null;
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inInline) {
                inline.characters(ch, start, length);
            } else if (inValue) {
                value.append(ch, start, length);
            }
        }

        private void cell() {
            if (cells == null || column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            List<LegacyDecoding.Run> runs;
            boolean numeric = false;
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    int index = parseIndex(value.toString());
                    runs = index >= 0 && index < strings.size() ? RichRuns.inFont(strings.get(index), font) : List.of();
                }
                case "inlineStr" -> runs = inline == null ? List.of() : RichRuns.inFont(inline.runs(), font);
                case "n" -> {
                    runs = value.length() == 0 ? List.of()
                            : List.of(new LegacyDecoding.Run(plainNumber(value.toString()), null));
                    numeric = true;
                }
                case "b" -> runs = List.of(new LegacyDecoding.Run(value.toString().trim().equals("1") ? "TRUE" : "FALSE",
                        null));
                default -> runs = List.of(new LegacyDecoding.Run(value.toString(), font));
            }
            if (runs.stream().anyMatch(r -> !r.text().isBlank())) {
                cells.add(new LegacyDecoding.Cell(column, runs, numeric));
            }
        }

        private static int parseIndex(String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private String font(String styleIndex) {
            if (styles == null) {
                return null;
            }
            int index = styleIndex == null ? 0 : parseIndex(styleIndex);
            return fonts.computeIfAbsent(index, i -> {
                try {
                    return styles.getStyleAt(i).getFont().getFontName();
                } catch (RuntimeException e) {
                    return null;
                }
            });
        }
    }
}
