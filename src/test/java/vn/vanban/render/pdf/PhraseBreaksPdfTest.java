package vn.vanban.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.document.DocumentTree;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.PhraseSamples;
import vn.vanban.render.pdf.PdfInspector.Line;

/** Header, trích yếu, authority and place-date lines break between phrases; a long place-date is set at 13 pt. */
class PhraseBreaksPdfTest {

    private static final PdfDocumentWriter WRITER = new PdfDocumentWriter(Nd30Layout.standard(), DocumentFonts.load(null));

    private static PdfInspector render(String issuer, String place, String subject, String authority) {
        DocumentTree tree = PhraseSamples.decision(issuer, place, subject, authority);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(tree, out);
        return PdfInspector.of(out.toByteArray());
    }

    private static List<String> texts(PdfInspector pdf) {
        return pdf.lines(1).stream().map(l -> l.text().replace('\u00A0', ' ').strip()).toList();
    }

    /** The line holding {@code part}, no-break spaces read as spaces. */
    private static Line line(PdfInspector pdf, String part) {
        return pdf.lines(1).stream().filter(l -> l.text().replace('\u00A0', ' ').contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + part + ": " + texts(pdf)));
    }

    @Test
    void aBodysNameBreaksBetweenItsPhrasesInBalancedLines() {
        try (PdfInspector pdf = render("Sở Khoa học và Công nghệ", "Thanh Hóa", "Về việc giao nhiệm vụ", "Giám đốc Sở")) {
            List<String> lines = texts(pdf);
            assertThat(lines).noneMatch(l -> l.endsWith("CÔNG") || l.endsWith("KHOA") || l.startsWith("NGHỆ"));
            assertThat(lines).anyMatch(l -> l.startsWith("SỞ KHOA HỌC")).anyMatch(l -> l.startsWith("VÀ CÔNG NGHỆ"));
        }
    }

    @Test
    void aPlaceNameIsNeverSplitAcrossLinesOfTheSubjectOrTheAuthority() {
        // Filler words move the break through every gap of the place name in turn.
        for (int filler = 0; filler < 12; filler++) {
            String words = "mới ".repeat(filler);
            try (PdfInspector pdf = render("Ủy ban nhân dân<br/>phường Cẩm Thành", "Cẩm Thành",
                    "Về việc thành lập " + words + "Tổ công nghệ số cộng đồng phường Cẩm Thành",
                    "Chủ tịch Ủy ban nhân dân " + "xã ".repeat(filler) + "phường Cẩm Thành")) {
                List<String> lines = texts(pdf);
                assertThat(lines).as("filler " + filler)
                        .noneMatch(l -> l.endsWith("Cẩm") || l.equals("Thành") || l.endsWith("CẨM") || l.equals("THÀNH"));
            }
        }
    }

    @Test
    void aPlaceDateTooLongForFourteenPointIsSetInThirteen() {
        try (PdfInspector pdf = render("Sở Nội vụ", "Thanh Hóa", "Về việc giao nhiệm vụ", "Giám đốc Sở")) {
            assertThat(line(pdf, "ngày 05 tháng 3 năm 2025").fontSize()).isCloseTo(14f, within(0.1f));
        }
        try (PdfInspector pdf = render("Sở Nội vụ", "Phường Điện Biên Phủ", "Về việc giao nhiệm vụ", "Giám đốc Sở")) {
            Line line = line(pdf, "năm 2025");
            assertThat(line.text().replace('\u00A0', ' ')).contains("Phường Điện Biên Phủ, ngày 05");
            assertThat(line.fontSize()).isCloseTo(13f, within(0.1f));
        }
    }
}
