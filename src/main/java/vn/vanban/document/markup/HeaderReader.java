package vn.vanban.document.markup;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Header;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.VietnameseDates;

/** The header table: capitals, the padded Số line and the written-out date are rules, not wording. */
final class HeaderReader {

    private HeaderReader() {
    }

    static void read(Element e, Reading reading) {
        List<String> parent = List.of();
        List<String> issuer = List.of();
        String number = null;
        List<String> letterSubject = List.of();
        String placeDate = null;
        for (Element child : Dom.children(e)) {
            switch (child.getTagName()) {
                case "parent" -> parent = Dom.upperLines(child);
                case "issuer" -> issuer = Dom.upperLines(child);
                case "number" -> number = DocumentNumbers.numberLine(Dom.intAttr(child, "value"),
                        child.getAttribute("symbol"));
                case "letter-subject" -> letterSubject = Dom.lines(child);
                case "place-date" -> placeDate = VietnameseDates.placeAndDate(Dom.attr(child, "place"),
                        Dom.dateAttr(child, "date"), Dom.intAttr(child, "year"));
                default -> throw Dom.unknown(child, "header");
            }
        }
        reading.header(new Header(parent, issuer, number, letterSubject, placeDate));
    }
}
