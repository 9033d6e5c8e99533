package vn.vanban.document.markup;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Header;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.Phrases;
import vn.vanban.text.VietnameseDates;

/**
 * The header table: capitals, the padded Số line, the written-out date and where its lines may break
 * (text.Phrases) are rules, not wording.
 */
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
                case "parent" -> parent = capitals(Dom.upperLines(child));
                case "issuer" -> issuer = capitals(Dom.upperLines(child));
                case "number" -> number = DocumentNumbers.numberLine(Dom.intAttr(child, "value"),
                        child.getAttribute("symbol"));
                case "letter-subject" -> letterSubject = Dom.lines(child);
                case "place-date" -> placeDate = Phrases.bind(VietnameseDates.placeAndDate(
                        Phrases.name(Dom.attr(child, "place")), Dom.dateAttr(child, "date"), Dom.intAttr(child, "year")));
                default -> throw Dom.unknown(child, "header");
            }
        }
        reading.header(new Header(parent, issuer, number, letterSubject, placeDate));
    }

    private static List<String> capitals(List<String> lines) {
        return lines.stream().map(Phrases::bindCapitals).toList();
    }
}
