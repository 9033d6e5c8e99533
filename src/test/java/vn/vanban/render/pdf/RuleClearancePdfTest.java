package vn.vanban.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vanban.document.markup.DocumentReader;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.PhraseSamples;
import vn.vanban.render.pdf.PdfInspector.Line;
import vn.vanban.render.pdf.PdfInspector.Segment;

/**
 * The short rules under the issuing body and under the title block are drawn clear of the ink of the
 * line above them: descenders (g, y, p, q, the tail of Q, parentheses) and the dấu nặng under a vowel
 * (ạ ặ ậ ẹ ệ ị ọ ộ ợ ụ ự ỵ), which reach lower than the font's nominal descent suggests.
 */
class RuleClearancePdfTest {

    /** Ink closer than this to a 0.5 pt rule reads as touching it at print size. */
    private static final float MIN_CLEARANCE_PT = 1.0f;

    private static PdfInspector pdf;

    @BeforeAll
    static void render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter(Nd30Layout.standard(), DocumentFonts.load(null)).write(new DocumentReader().read("""
                <document>
                  <header>
                    <parent>Ủy ban nhân dân tỉnh Quảng Ngãi</parent>
                    <issuer>Ủy ban nhân dân<br/>phường Quảng Phú</issuer>
                    <number symbol="QĐ-UBND"/>
                    <place-date place="Quảng Phú" date="2025-03-05"/>
                  </header>
                  <title type="Danh sách" reference="(Kèm theo Quyết định số 01/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân phường Quảng Phú)">Thành viên Tổ công nghệ số cộng đồng thuộc phạm vi quản lý, kiện toàn lại</title>
                  <article><p>Nội dung.</p></article>
                </document>
                """), out);
        pdf = PdfInspector.of(out.toByteArray());
    }

    @AfterAll
    static void close() {
        pdf.close();
    }

    @Test
    void theRuleUnderTheIssuingBodyClearsItsLastLine() {
        assertClear(pdf, "PHƯỜNG QUẢNG PHÚ");
    }

    @Test
    void theRuleUnderTheTitleClearsTheKemTheoLine() {
        assertClear(pdf, "(Kèm theo");
    }

    @Test
    void theRuleUnderABalancedBodyNameClearsTheDotBelowItsLastLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDocumentWriter(Nd30Layout.standard(), DocumentFonts.load(null)).write(
                PhraseSamples.decision("Sở Khoa học và Công nghệ", "Thanh Hóa", "Về việc giao nhiệm vụ",
                        "Giám đốc Sở"), out);
        try (PdfInspector science = PdfInspector.of(out.toByteArray())) {
            assertClear(science, "VÀ CÔNG NGHỆ");
        }
    }

    private static void assertClear(PdfInspector pdf, String part) {
        Line line = pdf.lines(1).stream().filter(l -> l.text().replace('\u00A0', ' ').contains(part)).findFirst()
                .orElseThrow();
        float ink = pdf.inkBottom(1, line);
        assertThat(ink).as("a dấu nặng or descender reaches below the baseline").isGreaterThan(line.y() + 1);
        List<Segment> rules = pdf.segments(1).stream().filter(Segment::horizontal)
                .filter(s -> s.y1() > line.y() && s.y1() < line.y() + 2 * line.fontSize())
                .filter(s -> s.left() < line.endX() && s.right() > line.x())
                .sorted(Comparator.comparingDouble(Segment::y1)).toList();
        assertThat(rules).as("a rule under " + part).isNotEmpty();
        Segment rule = rules.get(0);
        assertThat(rule.y1() - rule.width() / 2 - ink).as("clearance under " + part).isGreaterThanOrEqualTo(MIN_CLEARANCE_PT);
    }
}
