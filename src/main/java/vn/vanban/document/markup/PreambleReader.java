package vn.vanban.document.markup;

import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Addressees;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.TextRole;
import vn.vanban.text.Phrases;
import vn.vanban.text.VietnameseText;

/**
 * What comes before the body: tên loại and trích yếu, Kính gửi, the authority line, căn cứ and
 * "QUYẾT ĐỊNH:".
 */
final class PreambleReader {

    private PreambleReader() {
    }

    static void title(Element e, Reading reading) {
        reading.add(new TitleBlock(documentType(Dom.attr(e, "type")), Dom.lines(e).stream().map(Phrases::bind).toList(),
                Dom.attr(e, "reference")));
    }

    /**
     * Tên loại in capitals ("QUYẾT ĐỊNH"), except "Phụ lục", which Nghị định 30 (Phụ lục I, III.12) writes in
     * lower case with its Roman number ("Phụ lục II") on its own centred bold line.
     */
    static String documentType(String type) {
        if (type == null) {
            return null;
        }
        String squeezed = VietnameseText.squeeze(VietnameseText.nfc(type));
        if (squeezed.toLowerCase(VietnameseText.VIETNAMESE).startsWith(APPENDIX.toLowerCase(VietnameseText.VIETNAMESE))) {
            String number = squeezed.substring(APPENDIX.length()).strip();
            return number.isEmpty() ? APPENDIX : APPENDIX + " " + number.toUpperCase(VietnameseText.VIETNAMESE);
        }
        return VietnameseText.upper(type);
    }

    private static final String APPENDIX = TitleBlock.APPENDIX;

    static void addressees(Element e, Reading reading) {
        reading.add(new Addressees(Dom.texts(e, "to")));
    }

    static void authority(Element e, Reading reading) {
        reading.add(Paragraph.of(TextRole.AUTHORITY, Phrases.bindCapitals(VietnameseText.upper(Dom.text(e)))));
    }

    static void bases(Element e, Reading reading) {
        List<Element> items = Dom.children(e);
        for (int i = 0; i < items.size(); i++) {
            Element basis = items.get(i);
            Dom.require(basis, "basis", "bases");
            List<Run> runs = InlineRuns.body(basis);
            reading.add(Paragraph.of(TextRole.BASIS, InlineRuns.withListEnding(runs, i == items.size() - 1)));
        }
    }

    static void decides(Element e, Reading reading) {
        reading.add(Paragraph.of(TextRole.DECIDES,
                e.hasChildNodes() ? VietnameseText.upper(Dom.text(e)) : "QUYẾT ĐỊNH:"));
    }
}
