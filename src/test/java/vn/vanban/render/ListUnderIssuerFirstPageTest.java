package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
import vn.vanban.template.TemplateDescriptor;

/**
 * A landscape list under an issuing body used to leave page 1 with the header, the title and two rows:
 * a member's row with a 200-character note stood 22 lines tall in the narrow Ghi chú column, and a
 * row never splits, so it and everything after it went to page 2, in both writers. The table must fill
 * page 1.
 */
@Tag("slow")
class ListUnderIssuerFirstPageTest {

    private static final DocumentService SERVICE = DocumentServices.create(Path.of("fonts"),
            Path.of("no-operator-templates"), RequestLimits.defaults());

    private static final String NOTE = "Phụ trách hướng dẫn người dân cài đặt VNeID, dịch vụ công trực tuyến, thanh "
            + "toán không dùng tiền mặt; tham gia tập huấn kỹ năng số cơ bản cho người cao tuổi trong khu phố vào "
            + "các buổi tối thứ bảy hằng tuần.";

    @TempDir
    Path work;

    private static JsonNode data() {
        TemplateDescriptor t = SERVICE.catalog().get("member-list");
        ObjectNode data = (ObjectNode) t.example().deepCopy();
        ObjectNode issuer = data.putObject("issuer");
        issuer.put("parent", "UBND tỉnh Thanh Hóa");
        issuer.put("name", "Sở Khoa học và Công nghệ");
        data.put("symbol", "DS-SKHCN");
        data.put("place", "Thanh Hóa");
        data.put("year", 2025);
        ArrayNode members = (ArrayNode) data.get("communes").get(0).get("teams").get(0).get("members");
        ((ObjectNode) members.get(2)).put("note", NOTE);
        return data;
    }

    private static String page1(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(doc);
        }
    }

    @Test
    void ourPdfStartsTheTableOnPageOne() throws Exception {
        byte[] pdf = SERVICE.render(SERVICE.catalog().get("member-list"), data(), OutputFormat.PDF).bytes();

        assertThat(page1(pdf)).contains("Trịnh Văn Quyết", "Hoàng Minh Tuấn");
    }

    @Test
    void theDocxLaidOutByLibreOfficeStartsTheTableOnPageOne() throws Exception {
        LibreOffice.assumeInstalled();
        Path docx = work.resolve("list.docx");
        Files.write(docx, SERVICE.render(SERVICE.catalog().get("member-list"), data(), OutputFormat.DOCX).bytes());
        LibreOffice.toPdf(List.of(docx), work, work, 180);

        assertThat(page1(Files.readAllBytes(work.resolve("list.pdf")))).contains("Trịnh Văn Quyết");
    }
}
