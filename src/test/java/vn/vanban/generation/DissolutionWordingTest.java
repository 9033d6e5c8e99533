package vn.vanban.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.limits.RequestLimits;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateDescriptor;
import vn.vanban.template.TemplateEngine;

/**
 * Each sentence of the dissolution decision (template team-dissolution-decision), in the forms it takes:
 * one team merged into another and part of the earlier decision ended, or several teams, one of them of a
 * village removed, and the earlier decision ended as a whole.
 */
class DissolutionWordingTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(null);
    private static final TemplateDescriptor TEMPLATE = CATALOG.get("team-dissolution-decision");
    private final DocumentService service = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
            RequestLimits.defaults());

    private static final String FOUNDING = "Quyết định số 01/QĐ-UBND ngày 10/7/2025 của Chủ tịch Ủy ban nhân dân xã Giao Long"
            + " về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Giao Long";

    private List<String> paragraphs(ObjectNode data) {
        return tree(data).blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> ((Paragraph) b).text().replace('\u00A0', ' ')).toList();
    }

    private DocumentTree tree(ObjectNode data) {
        return service.document(TEMPLATE, data);
    }

    private static ObjectNode example() {
        return (ObjectNode) TEMPLATE.example().deepCopy();
    }

    @Test
    void oneMergedTeamEndsItsPartOfTheFoundingDecision() {
        List<String> p = paragraphs(example());
        assertThat(p).contains(
                "Căn cứ " + FOUNDING + ";",
                "Điều 1. Giải thể Tổ công nghệ số cộng đồng ấp Giao Hòa A, do ấp Giao Hòa A đã được sáp nhập vào ấp Giao Hòa.",
                "Điều 2. Các thành viên của Tổ công nghệ số cộng đồng ấp Giao Hòa A tham gia Tổ công nghệ số cộng đồng ấp"
                        + " Giao Hòa; việc kiện toàn Tổ công nghệ số cộng đồng ấp Giao Hòa thực hiện theo quyết định riêng.",
                "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và chấm dứt hiệu lực các nội dung về Tổ công nghệ"
                        + " số cộng đồng ấp Giao Hòa A tại " + FOUNDING + ".",
                // The profile's "các ông (bà) có tên tại Điều 1" would point at an article that names no one.
                "Điều 4. Công chức Văn phòng HĐND và UBND xã, Bí thư Đoàn Thanh niên xã, các ngành có liên quan và các"
                        + " thành viên Tổ công nghệ số cộng đồng ấp Giao Hòa A chịu trách nhiệm thi hành Quyết định này./.");
        assertThat(p).noneMatch(t -> t.contains("có tên tại Điều"));
        Closing closing = (Closing) tree(example()).blocks().stream().filter(Closing.class::isInstance).findFirst().orElseThrow();
        assertThat(closing.recipientLines().get(0)).isEqualTo("- Như Điều 4;");
    }

    @Test
    void severalTeamsEndTheWholeDecisionAndEachHasItsSentence() {
        ObjectNode data = example();
        ArrayNode teams = (ArrayNode) data.get("teams");
        ObjectNode removed = (ObjectNode) teams.get(0).deepCopy();
        removed.put("name", "Tổ công nghệ số cộng đồng ấp Thạnh Lợi");
        ObjectNode area = removed.putObject("area");
        area.put("kind", "ấp");
        area.put("name", "Thạnh Lợi");
        teams.add(removed);
        data.put("subject", "Về việc giải thể Tổ công nghệ số cộng đồng ấp Giao Hòa A và Tổ công nghệ số cộng đồng ấp Thạnh Lợi");
        data.put("executors", "Văn phòng, các phòng chuyên môn có liên quan và các ông, bà có tên tại Điều 1");
        ((ObjectNode) data.get("ends")).put("whole", true);

        List<String> p = paragraphs(data);
        assertThat(p).contains(
                "Điều 1. Giải thể các Tổ công nghệ số cộng đồng sau đây:",
                "- Tổ công nghệ số cộng đồng ấp Giao Hòa A, do ấp Giao Hòa A đã được sáp nhập vào ấp Giao Hòa;",
                "- Tổ công nghệ số cộng đồng ấp Thạnh Lợi, do ấp Thạnh Lợi không còn là đơn vị ấp của xã.",
                "Tổ công nghệ số cộng đồng ấp Thạnh Lợi bàn giao hồ sơ, tài liệu và phương tiện được trang bị (nếu có) cho"
                        + " Ủy ban nhân dân xã Giao Long.",
                "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký và chấm dứt hiệu lực " + FOUNDING + ".",
                "Điều 4. Văn phòng, các phòng chuyên môn có liên quan và các thành viên Tổ công nghệ số cộng đồng ấp Giao Hòa A"
                        + " và Tổ công nghệ số cộng đồng ấp Thạnh Lợi chịu trách nhiệm thi hành Quyết định này./.");
    }

    @Test
    void anEndedDecisionWithoutItsTríchYếuIsCitedByNumberDateAndIssuer() {
        ObjectNode data = example();
        ((ObjectNode) data.get("ends")).remove("subject");
        data.put("executors", "Văn phòng HĐND và UBND xã");
        List<String> p = paragraphs(data);
        String cited = "Quyết định số 01/QĐ-UBND ngày 10/7/2025 của Chủ tịch Ủy ban nhân dân xã Giao Long";
        assertThat(p).contains("Căn cứ " + cited + ";")
                .anyMatch(t -> t.endsWith(" tại " + cited + "."))
                .contains("Điều 4. Văn phòng HĐND và UBND xã và các thành viên Tổ công nghệ số cộng đồng ấp Giao Hòa A chịu"
                        + " trách nhiệm thi hành Quyết định này./.");
    }
}
