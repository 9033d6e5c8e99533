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
 * is read; a small file can unzip to far more text than any roster has, so their length is capped.
 */
final class SharedStrings {

    /** Thrown when the text of the file passes its cap. */
    static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super("too much text", null, false, false);
        }
    }

    static final int MAX_CHARS = 32 * 1024 * 1024;

    private SharedStrings() {
    }

    static List<List<LegacyDecoding.Run>> read(InputStream in) throws IOException, XMLStreamException {
        List<List<LegacyDecoding.Run>> strings = new ArrayList<>();
        XMLStreamReader xml = StaxInput.reader(in);
        RichRuns current = null;
        long chars = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (xml.getLocalName().equals("si")) {
                        current = new RichRuns();
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
                    chars += xml.getTextLength();
                    if (chars > MAX_CHARS) {
                        throw new TooMuchText();
                    }
                    if (current != null) {
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
