package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The font name of each cell style in xl/styles.xml: a cell's {@code s} is an index into
 * {@code <cellXfs>}, whose {@code fontId} is an index into {@code <fonts>}. Only the names are kept,
 * for {@link LegacyDecoding} to tell TCVN3 and VNI text by its font.
 */
final class CellFonts {

    static final CellFonts NONE = new CellFonts(List.of(), List.of());

    private final List<String> fonts;
    private final List<Integer> styleFonts;

    private CellFonts(List<String> fonts, List<Integer> styleFonts) {
        this.fonts = fonts;
        this.styleFonts = styleFonts;
    }

    /** Each font and style is charged to the budget as a cell: a real workbook has a few hundred. */
    static CellFonts read(InputStream in, ReadBudget budget) throws IOException, XMLStreamException {
        List<String> fonts = new ArrayList<>();
        List<Integer> styleFonts = new ArrayList<>();
        XMLStreamReader xml = StaxInput.reader(in, budget);
        String section = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "fonts", "cellXfs", "cellStyleXfs", "dxfs" -> section = name;
                    case "font" -> {
                        if (section.equals("fonts")) {
                            budget.cell();
                            fonts.add(null);
                        }
                    }
                    case "name" -> {
                        if (section.equals("fonts") && !fonts.isEmpty()) {
                            fonts.set(fonts.size() - 1, xml.getAttributeValue(null, "val"));
                        }
                    }
                    case "xf" -> {
                        if (section.equals("cellXfs")) {
                            budget.cell();
                            styleFonts.add(index(xml.getAttributeValue(null, "fontId")));
                        }
                    }
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(section)) {
                section = "";
            }
        }
        xml.close();
        return new CellFonts(fonts, styleFonts);
    }

    /** The font of cell style {@code s} (null for none, as style 0), or null when the file names none. */
    String of(String styleIndex) {
        int style = styleIndex == null ? 0 : index(styleIndex);
        if (style < 0 || style >= styleFonts.size()) {
            return null;
        }
        int font = styleFonts.get(style);
        return font >= 0 && font < fonts.size() ? fonts.get(font) : null;
    }

    static int index(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
