package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.render.docx.DocxInspector;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.render.pdf.PdfInspector.Line;

/**
 * A place name is never split in body text: a letter's paragraph moves "ấp Giao Hòa A" across every
 * position of a line (a word more in front of it each time). The PDF never ends a line inside the name,
 * and the DOCX carries the no-break spaces, so Word and LibreOffice keep it whole too.
 */
class PlaceNamesInBodyTest {

    private static final String PLACE = "ấp Giao Hòa A";

    private static ObjectNode letter(int words) {
        ObjectNode data = (ObjectNode) PageBreakSweepTest.service.catalog().get("official-letter").example().deepCopy();
        String paragraph = "Đề nghị" + " số".repeat(words) + " hỗ trợ người dân " + PLACE
                + ", xã Giao Long sử dụng dịch vụ công trực tuyến.";
        ArrayNode paragraphs = ((ObjectNode) data.get("sections").get(0)).putArray("paragraphs");
        paragraphs.add(paragraph);
        return data;
    }

    @Test
    void thePdfNeverEndsALineInsideAPlaceName() {
        int moved = 0;
        for (int words = 0; words < 30; words++) {
            byte[] pdf = PageBreakSweepTest.service.render("official-letter", letter(words), OutputFormat.PDF).bytes();
            try (PdfInspector doc = PdfInspector.of(pdf)) {
                int page = doc.pageOf("Giao Hòa A");
                assertThat(page).as(words + " words: the whole name on one line").isPositive();
                List<Line> lines = doc.lines(page);
                for (Line line : lines) {
                    assertThat(line.text()).as(words + " words").doesNotEndWith(" Giao").doesNotEndWith("Giao Hòa")
                            .doesNotStartWith("Hòa A").doesNotStartWith("A, xã");
                    if (line.text().startsWith("Giao Hòa A")) {
                        moved++;
                    }
                }
            }
        }
        assertThat(moved).as("times the name fell at a line end and went whole to the next line").isPositive();
    }

    @Test
    void theDocxCarriesTheNoBreakSpaces() {
        byte[] docx = PageBreakSweepTest.service.render("official-letter", letter(3), OutputFormat.DOCX).bytes();
        String text = String.join("", DocxInspector.read(docx).elements("word/document.xml", "//w:t").stream()
                .map(t -> t.getTextContent()).toList());
        assertThat(text).contains("ấp Giao\u00A0Hòa\u00A0A, xã Giao\u00A0Long");
    }
}
