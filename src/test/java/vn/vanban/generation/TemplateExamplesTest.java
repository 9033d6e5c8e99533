package vn.vanban.generation;

import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.Writers;
import vn.vanban.problem.FieldProblem;
import vn.vanban.limits.RequestLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.Addressees;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateDescriptor;
import vn.vanban.template.TemplateEngine;

/** The built-in templates filled with their examples, checked at the level of the document tree. */
class TemplateExamplesTest {

    static final TemplateCatalog CATALOG = TemplateCatalog.load(null);
    static final Writers WRITERS = new Writers(Nd30Layout.standard(), DocumentFonts.load(null));
    private final DocumentService service = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
            RequestLimits.defaults());

    static Stream<String> templateIds() {
        return CATALOG.all().stream().map(TemplateDescriptor::id);
    }

    private DocumentTree render(String id, JsonNode data) {
        return service.document(CATALOG.get(id), data);
    }

    private ObjectNode example(String id) {
        return (ObjectNode) CATALOG.get(id).example().deepCopy();
    }

    private static List<String> paragraphs(DocumentTree d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(b -> ((Paragraph) b).text())
                .map(t -> t.replace('\u00A0', ' ')).toList();
    }

    private static Closing closing(DocumentTree d) {
        return d.blocks().stream().filter(Closing.class::isInstance).map(Closing.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theFiveBuiltInTemplatesAreThere() {
        assertThat(templateIds()).containsExactlyInAnyOrder("commune-team-decision", "village-teams-decision", "team-dissolution-decision",
                "member-list", "official-letter", "summary-letter");
    }

    @ParameterizedTest
    @MethodSource("templateIds")
    void everyExampleMakesADocumentWithTitleAndSchema(String id) {
        TemplateDescriptor t = CATALOG.get(id);
        assertThat(t.title()).isNotBlank();
        assertThat(t.description()).isNotBlank();
        assertThat(t.schema().path("type").asString()).isEqualTo("object");
        DocumentTree d = render(id, t.example());
        assertThat(d.blocks()).isNotEmpty();
    }

    @Test
    void communeTeamIsNumberedWithoutGapsUnderRoleHeadings() {
        DocumentTree d = render("commune-team-decision", example("commune-team-decision"));
        List<String> p = paragraphs(d);
        assertThat(p).contains("Tổ trưởng:", "Tổ phó thường trực:", "Các tổ phó:", "Các thành viên:");
        for (int i = 1; i <= 15; i++) {
            String prefix = i + ". ";
            assertThat(p).anyMatch(s -> s.startsWith(prefix));
        }
        assertThat(p).noneMatch(s -> s.startsWith("16. "));
        assertThat(p).contains("1. Chủ tịch Ủy ban nhân dân phường;");
        assertThat(p).contains("15. Mời Phó Chủ tịch Ủy ban MTTQ Việt Nam kiêm Bí thư Đoàn TNCS Hồ Chí Minh phường.");
        assertThat(p.stream().filter(s -> s.matches("\\d+\\. Mời .*"))).hasSize(3);
        assertThat(p).anyMatch(s -> s.startsWith("Điều 1. Thành lập Tổ công nghệ số cộng đồng phường Cẩm Thành "
                + "(gọi tắt là Tổ công nghệ số phường)"));
        assertThat(p).anyMatch(s -> s.startsWith("Điều 4. Văn phòng"));
        assertThat(p).contains("ỦY BAN NHÂN DÂN PHƯỜNG CẨM THÀNH", "QUYẾT ĐỊNH:");
        Closing c = closing(d);
        assertThat(c.recipientLines().get(0)).isEqualTo("- Như Điều 4;");
        assertThat(c.recipientLines().get(c.recipientLines().size() - 1)).isEqualTo("- Lưu: VT, VHXH (Đào).");
        assertThat(c.signature().titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(d.header().issuerLines().stream().map(l -> l.replace('\u00A0', ' '))).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG CẨM THÀNH");
        assertThat(d.header().numberLine().replace('\u00A0', ' ')).matches("Số: +/QĐ-UBND");
    }

    @Test
    void villageTeamsPrintHonorificsRolesAndOneBlockPerTeam() {
        DocumentTree d = render("village-teams-decision", example("village-teams-decision"));
        List<String> p = paragraphs(d);
        assertThat(p).contains("1. Tổ công nghệ số cộng đồng ấp Giao Hòa A", "2. Tổ công nghệ số cộng đồng ấp Giao Hòa B",
                "3. Tổ công nghệ số cộng đồng ấp Thạnh Lợi");
        assertThat(p).contains("- Ông Nguyễn Văn Tâm, Trưởng ấp - Tổ trưởng;",
                "- Bà Trần Thị Mỹ Duyên, Bí thư Chi đoàn thanh niên ấp - Tổ phó;", "+ Bà Kim Thị Sa Rây, Hội viên Hội Phụ nữ ấp.");
        assertThat(p).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ GIAO LONG");
        assertThat(d.header().numberLine()).isEqualTo("Số: 12/QĐ-UBND");
        assertThat(d.header().placeDate().replace('\u00A0', ' ')).isEqualTo("Giao Long, ngày 05 tháng 8 năm 2025");
        assertThat(closing(d).signature().titleLines()).containsExactly("CHỦ TỊCH");
    }

    @Test
    void oneTeamMakesThatTeamsOwnDecisionAndUnknownGenderGivesÔngBà() {
        ObjectNode data = example("village-teams-decision");
        ArrayNode teams = (ArrayNode) data.get("teams");
        while (teams.size() > 1) {
            teams.remove(1);
        }
        ((ObjectNode) teams.get(0).get("members").get(2)).remove("gender");
        ObjectNode issuer = (ObjectNode) data.get("issuer");
        issuer.put("kind", "collective");
        ((ObjectNode) data.get("signer")).put("authority", "TM.").put("onBehalfOf", "Ủy ban nhân dân");
        DocumentTree d = render("village-teams-decision", data);
        List<String> p = paragraphs(d);
        assertThat(p).anyMatch(s -> s.startsWith("Điều 1. Thành lập Tổ công nghệ số cộng đồng ấp Giao Hòa A, gồm"));
        assertThat(p).contains("+ Ông/Bà Lê Hoàng Phúc, Đoàn viên Chi đoàn thanh niên ấp;");
        assertThat(p).contains("ỦY BAN NHÂN DÂN XÃ GIAO LONG");
        assertThat(closing(d).signature().titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    @Test
    void memberList2025HasEightColumnsMergedGroupsMaskedPhonesAndTotals() {
        DocumentTree d = render("member-list", example("member-list"));
        assertThat(d.landscape()).isTrue();
        Table table = (Table) d.blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        assertThat(table.columnWeights()).hasSize(8);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(0).cells().get(3).text()).isEqualTo("Số Quyết định");
        TableRow first = table.rows().get(1);
        assertThat(first.cells().get(1).text()).isEqualTo("Phường Hạc Thành");
        assertThat(first.cells().get(3).text()).isEqualTo("01/QĐ-UBND ngày 10/7/2025");
        assertThat(first.cells().get(5).text()).isEqualTo("Tổ trưởng");
        assertThat(first.cells().get(6).text()).isEqualTo("0914994***");
        TableRow second = table.rows().get(2);
        assertThat(second.cells().get(0).mergedUp()).isTrue();
        assertThat(second.cells().get(2).mergedUp()).isTrue();
        assertThat(second.cells().get(4).mergedUp()).isFalse();
        assertThat(second.cells().get(5).text()).isEqualTo("Thành viên");
        TableRow nextTeam = table.rows().get(4);
        assertThat(nextTeam.cells().get(0).mergedUp()).isTrue();
        assertThat(nextTeam.cells().get(2).mergedUp()).isFalse();
        TableRow total = table.rows().get(table.rows().size() - 1);
        assertThat(total.kind()).isEqualTo(TableRow.Kind.TOTAL);
        assertThat(total.cells().get(1).text()).isEqualTo("TỔNG");
        assertThat(total.cells().get(2).text()).isEqualTo("3 tổ");
        assertThat(total.cells().get(4).text()).isEqualTo("9 thành viên");
        // Two communes: a Cộng row under each, then TỔNG.
        assertThat(table.rows()).hasSize(1 + 9 + 2 + 1);
        assertThat(table.rows().get(7).cells().get(1).text()).isEqualTo("Cộng");
        assertThat(table.rows().get(7).cells().get(4).text()).isEqualTo("6 thành viên");
    }

    @Test
    void memberList2022HasSixColumnsPortraitAndFullPhones() {
        ObjectNode data = example("member-list");
        data.put("layout", "2022").put("maskPhones", false);
        data.remove("title");
        DocumentTree d = render("member-list", data);
        assertThat(d.landscape()).isFalse();
        Table table = (Table) d.blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        assertThat(table.columnWeights()).hasSize(6);
        assertThat(table.rows().get(0).cells().get(5).text()).isEqualTo("Điện thoại di động (đã đăng ký Zalo)");
        assertThat(table.rows().get(2).cells().get(4).text()).isEqualTo("Tổ viên");
        assertThat(table.rows().get(1).cells().get(5).text()).isEqualTo("0914994123");
        // The 2022 form totals a list of several communes as the 2025 form does.
        assertThat(table.rows().get(table.rows().size() - 1).cells().get(1).text()).isEqualTo("TỔNG");
        assertThat(table.rows()).filteredOn(r -> r.kind() == TableRow.Kind.TOTAL).extracting(r -> r.cells().get(1).text())
                .containsExactly("Cộng", "Cộng", "TỔNG");
        TitleBlock title = (TitleBlock) d.blocks().get(0);
        assertThat(title.type()).isEqualTo("DANH SÁCH VÀ THÔNG TIN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG");
    }

    @Test
    void officialLetterHasVvUnderTheNumberKínhGửiAndNhưTrên() {
        DocumentTree d = render("official-letter", example("official-letter"));
        assertThat(d.header().parentLines().stream().map(l -> l.replace('\u00A0', ' '))).containsExactly("UBND TỈNH ĐỒNG NAI");
        assertThat(d.header().numberLine().replace('\u00A0', ' ')).matches("Số: +/SKHCN-CĐS");
        assertThat(d.header().letterSubjectLines()).containsExactly(
                "V/v kiện toàn và duy trì hoạt động hiệu quả Tổ Công nghệ số cộng đồng");
        assertThat(d.blocks().stream().filter(TitleBlock.class::isInstance)).isEmpty();
        Addressees a = (Addressees) d.blocks().get(0);
        assertThat(a.single()).isTrue();
        Closing c = closing(d);
        assertThat(c.recipientLines()).startsWith("- Như trên;", "- UBND tỉnh\u00A0(để\u00A0báo\u00A0cáo);");
        assertThat(c.recipientLines().stream().filter(l -> l.contains("Như trên"))).hasSize(1);
        assertThat(c.signature().titleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
    }

    @Test
    void severalAddresseesBecomeADashedList() {
        ObjectNode data = example("official-letter");
        ArrayNode to = data.putArray("addressees");
        to.add("Chủ tịch UBND các xã;").add("Chủ tịch UBND các phường");
        Addressees a = (Addressees) render("official-letter", data).blocks().get(0);
        assertThat(a.dashedLines()).containsExactly("- Chủ tịch UBND các xã;", "- Chủ tịch UBND các phường.");
    }

    @Test
    void hostileTextIsPrintedLiterally() {
        ObjectNode data = example("commune-team-decision");
        String hostile = "${7*7} <#assign x=1> <b>x</b> & ]]> \"'";
        ((ObjectNode) data.get("team").get("members").get(1)).put("position", hostile);
        List<String> p = paragraphs(render("commune-team-decision", data));
        assertThat(p).contains("2. " + hostile + ";");
    }

    @Test
    void aTeamWithoutLeaderOrWithTwoCannotMakeADecision() {
        ObjectNode data = example("village-teams-decision");
        ((ObjectNode) data.get("teams").get(0).get("members").get(0)).put("role", "member");
        ((ObjectNode) data.get("teams").get(1).get("members").get(1)).put("role", "leader");
        assertThatThrownBy(() -> render("village-teams-decision", data))
                .isInstanceOfSatisfying(DocumentDataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentDataException.Kind.UNPROCESSABLE);
                    assertThat(e.problems()).extracting(FieldProblem::pointer)
                            .containsExactly("/teams/0/members", "/teams/1/members");
                    assertThat(e.problems().get(0).message()).contains("chưa có Tổ trưởng");
                    assertThat(e.problems().get(1).message()).contains("2 Tổ trưởng");
                });
    }

    @Test
    void schemaErrorsAreAllListedWithPointers() {
        ObjectNode data = example("commune-team-decision");
        data.remove("subject");
        data.put("date", "05/08/2025");
        ((ObjectNode) data.get("team").get("members").get(0)).put("role", "chief");
        assertThatThrownBy(() -> render("commune-team-decision", data))
                .isInstanceOfSatisfying(DocumentDataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentDataException.Kind.INVALID);
                    assertThat(e.problems()).extracting(FieldProblem::pointer)
                            .contains("/subject", "/date", "/team/members/0/role");
                });
    }

    @Test
    void decomposedInputComesOutComposed() {
        ObjectNode data = example("village-teams-decision");
        String nfd = java.text.Normalizer.normalize("Nguyễn Văn Tâm", java.text.Normalizer.Form.NFD);
        ((ObjectNode) data.get("teams").get(0).get("members").get(0)).put("fullName", nfd);
        assertThat(paragraphs(render("village-teams-decision", data)))
                .contains("- Ông Nguyễn Văn Tâm, Trưởng ấp - Tổ trưởng;");
    }

    @Test
    void textAndRowLimitsAreEnforced() {
        DocumentService strict = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
                new RequestLimits(1_000_000, 300, 10, 300));
        ObjectNode data = example("commune-team-decision");
        assertThatThrownBy(() -> strict.document(CATALOG.get("commune-team-decision"), data))
                .isInstanceOfSatisfying(DocumentDataException.class,
                        e -> assertThat(e.kind()).isEqualTo(DocumentDataException.Kind.TOO_LARGE));
        ObjectNode letter = example("official-letter");
        letter.put("subject", "V/v " + "x".repeat(400));
        assertThatThrownBy(() -> strict.document(CATALOG.get("official-letter"), letter))
                .isInstanceOfSatisfying(DocumentDataException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DocumentDataException.Kind.INVALID);
                    assertThat(e.problems()).extracting(FieldProblem::pointer).contains("/subject");
                });
    }
}
