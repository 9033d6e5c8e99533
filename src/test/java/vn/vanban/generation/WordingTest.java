package vn.vanban.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Table;
import vn.vanban.limits.RequestLimits;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateEngine;

/** Words as the seeds write them: "Mời ông", "UBND phường". */
class WordingTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load(null);
    private final DocumentService service = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
            RequestLimits.defaults());

    private static List<String> paragraphs(DocumentTree d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text()).toList();
    }

    @Test
    void anInvitedMemberIsMờiÔngOrMờiBàInTheSentence() {
        ObjectNode data = (ObjectNode) CATALOG.get("commune-team-decision").example().deepCopy();
        ArrayNode members = (ArrayNode) data.get("team").get("members");
        members.addObject().put("role", "member").put("invited", true).put("fullName", "Trần Văn Hải").put("gender", "male")
                .put("position", "Chủ tịch Hội Cựu chiến binh phường");
        members.addObject().put("role", "member").put("invited", true).put("fullName", "Lê Thị Thu").put("gender", "female")
                .put("position", "Chủ tịch Hội Liên hiệp Phụ nữ phường");
        members.addObject().put("role", "member").put("fullName", "Phạm Văn Nam").put("gender", "male")
                .put("position", "Công chức Văn hóa - Xã hội");
        List<String> p = paragraphs(service.document(CATALOG.get("commune-team-decision"), data));

        assertThat(p).anyMatch(t -> t.endsWith("Mời ông Trần Văn Hải, Chủ tịch Hội Cựu chiến binh phường;"))
                .anyMatch(t -> t.endsWith("Mời bà Lê Thị Thu, Chủ tịch Hội Liên hiệp Phụ nữ phường;"))
                .anyMatch(t -> t.endsWith(" Ông Phạm Văn Nam, Công chức Văn hóa - Xã hội."))
                .noneMatch(t -> t.contains("Mời Ông") || t.contains("Mời Bà"));
    }

    @Test
    void theCommitteeOfAUnitIsUbndPhườngWithASmallLetter() {
        assertThat(MemberListForm.FORM_2022.communeCell("Phường Hạc Thành")).isEqualTo("UBND phường Hạc Thành");
        assertThat(MemberListForm.FORM_2022.communeCell("Đặc khu Lý Sơn")).isEqualTo("UBND đặc khu Lý Sơn");
        assertThat(MemberListForm.FORM_2022.communeCell("Giao Long")).isEqualTo("UBND Giao Long");
        assertThat(MemberListForm.FORM_2025.communeCell("Phường Hạc Thành")).isEqualTo("Phường Hạc Thành");

        ObjectNode data = (ObjectNode) CATALOG.get("member-list").example().deepCopy();
        data.put("layout", "2022");
        Table table = service.document(CATALOG.get("member-list"), data).blocks().stream().filter(Table.class::isInstance)
                .map(Table.class::cast).findFirst().orElseThrow();
        assertThat(table.rows()).anyMatch(r -> r.cells().get(1).text().equals("UBND phường Hạc Thành"))
                .noneMatch(r -> r.cells().get(1).text().startsWith("UBND Phường"));
    }
}
