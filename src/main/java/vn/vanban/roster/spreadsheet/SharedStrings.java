package vn.vanban.roster.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * xl/sharedStrings.xml, each string as its runs with their fonts. The strings are held while the sheet
 * is read, so they are counted as they arrive: each is a cell's text (no longer than a cell may be),
 * their number is bounded like the cells', and their text together like all the cells' text.
 */
final class SharedStrings {

    private SharedStrings() {
    }

    static List<List<LegacyDecoding.Run>> read(InputStream in, ReadBudget budget) throws XMLStreamException {
        List<List<LegacyDecoding.Run>> strings = new ArrayList<>();
        XMLStreamReader xml = StaxInput.reader(in, budget);
        RichRuns current = null;
        long length = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (xml.getLocalName().equals("si")) {
                        budget.cell();
                        current = new RichRuns();
                        length = 0;
                    } else if (current != null) {
                        current.start(xml.getLocalName(), xml.getAttributeValue(null, "val"));
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (xml.getLocalName().equals("si") && current != null) {
                        strings.add(current.runs());
                        current = null;
                    } else if (current != null) {
                        current.end(xml.getLocalName());
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (current != null) {
                        length += xml.getTextLength();
                        budget.cellLength(length, 0);
                        budget.chars(xml.getTextLength());
                        current.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                default -> {
                }
            }
        }
        xml.close();
        return strings;
    }
}
