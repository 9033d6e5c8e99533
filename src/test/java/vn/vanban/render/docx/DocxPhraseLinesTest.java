package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.PhraseSamples;

/**
 * Word breaks the DOCX itself: the issuing body is written as the lines the header writer chose between
 * its phrases, the other headings carry no-break spaces inside their phrases, and a place-date line too
 * long for 14 pt is written at 13 pt.
 */
class DocxPhraseLinesTest {

    private static final DocxDocumentWriter WRITER = new DocxDocumentWriter(Nd30Layout.standard(),
            DocumentFonts.load(null), Clock.systemUTC());

    private static DocxInspector write(String issuer, String place) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(PhraseSamples.decision(issuer, place,
                "Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành", "Chủ tịch Ủy ban nhân dân phường Cẩm Thành"), out);
        return DocxInspector.read(out.toByteArray());
    }

    private static List<String> texts(DocxInspector docx) {
        return docx.paragraphs().stream().map(docx::typedText).toList();
    }

    @Test
    void theIssuingBodyIsWrittenInBalancedLinesBetweenItsPhrases() {
        List<String> texts = texts(write("Sở Khoa học và Công nghệ", "Thanh Hóa"));
        assertThat(texts).contains("SỞ KHOA\u00A0HỌC", "VÀ CÔNG\u00A0NGHỆ");
    }

    @Test
    void subjectAndAuthorityBindThePlaceName() {
        List<String> texts = texts(write("Sở Nội vụ", "Thanh Hóa"));
        assertThat(texts).contains("Về việc thành lập Tổ công nghệ số cộng đồng phường Cẩm\u00A0Thành",
                "CHỦ\u00A0TỊCH ỦY\u00A0BAN NHÂN\u00A0DÂN PHƯỜNG CẨM\u00A0THÀNH");
    }

    @Test
    void aPlaceDateTooLongForFourteenPointIsWrittenInThirteen() {
        DocxInspector fits = write("Sở Nội vụ", "Thanh Hóa");
        assertThat(fits.runFormat(dateLine(fits), "ngày").halfPoints()).isEqualTo(28);
        DocxInspector tooLong = write("Sở Nội vụ", "Phường Điện Biên Phủ");
        assertThat(tooLong.runFormat(dateLine(tooLong), "ngày").halfPoints()).isEqualTo(26);
    }

    private static Element dateLine(DocxInspector docx) {
        return docx.paragraphs().stream().filter(p -> docx.typedText(p).contains("năm\u00A02025")).findFirst().orElseThrow();
    }
}
