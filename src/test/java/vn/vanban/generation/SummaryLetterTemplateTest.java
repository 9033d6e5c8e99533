package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import vn.vanban.limits.RequestLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.document.Addressees;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.template.TemplateCatalog;
import vn.vanban.template.TemplateDataException;
import vn.vanban.template.TemplateEngine;

/**
 * The summary letter (công văn tổng hợp, đôn đốc; seed 003): the caller's figures in one sentence, the
 * request with its deadline, and the Phụ lục of communes without a founding decision on a page of its own.
 */
class SummaryLetterTemplateTest {

    private static final String ID = "summary-letter";
    private static final TemplateCatalog CATALOG = TemplateCatalog.load(null);
    private final DocumentService service = new DocumentService(CATALOG, new TemplateEngine(null), TemplateExamplesTest.WRITERS,
            RequestLimits.defaults());

    private DocumentTree render(JsonNode data) {
        return service.document(CATALOG.get(ID), data);
    }

    private static ObjectNode example() {
        return (ObjectNode) CATALOG.get(ID).example().deepCopy();
    }

    private static List<Paragraph> paragraphs(DocumentTree d) {
        return d.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    private static List<String> texts(DocumentTree d) {
        return paragraphs(d).stream().map(Paragraph::text).toList();
    }

    private static <T extends Block> List<T> blocks(DocumentTree d, Class<T> type) {
        return d.blocks().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** All communes have a decision: no pending list, figures to match. */
    private static ObjectNode allDone() {
        ObjectNode data = example();
        data.putArray("pending");
        ((ObjectNode) data.get("figures")).put("communesWithDecision", 96);
        return data;
    }

    @Test
    void exampleIsALetterWithFiguresRequestAndAnnexOnANewPage() {
        DocumentTree d = render(example());
        assertThat(d.landscape()).isFalse();
        assertThat(d.header().parentLines().stream().map(l -> l.replace('\u00A0', ' '))).containsExactly("UBND TỈNH QUẢNG NGÃI");
        assertThat(d.header().issuerLines().stream().map(l -> l.replace('\u00A0', ' '))).containsExactly("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
        assertThat(d.header().numberLine().replace('\u00A0', ' ')).matches("Số: +/SKHCN-BCVT&CĐS");
        assertThat(d.header().letterSubjectLines()).containsExactly(
                "V/v đôn đốc ban hành Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã");
        assertThat(((Addressees) d.blocks().get(0)).names()).containsExactly("UBND các xã, phường, đặc khu");

        List<String> p = texts(d);
        assertThat(p).containsSubsequence(
                "Ngày 22/7/2025, Sở Khoa học và Công nghệ đã ban hành Công văn số 335/SKHCN-BCVT&CĐS về việc hướng dẫn "
                        + "thành lập và tổ chức hoạt động Tổ công nghệ số cộng đồng tại các địa phương.",
                "Tính đến ngày 01/8/2025, mới có 86/96 xã, phường, đặc khu ban hành Quyết định thành lập Tổ công nghệ "
                        + "số cộng đồng cấp xã. Các Quyết định đã ban hành thành lập 1.124 Tổ công nghệ số cộng đồng cấp xã "
                        + "và ở thôn, tổ dân phố, với 6.857 thành viên. Trong số 93 xã, phường, đặc khu đã nhập dữ liệu, "
                        + "còn 37 thôn, tổ dân phố chưa thành lập Tổ công nghệ số cộng đồng.",
                "Sở Khoa học và Công nghệ đề nghị các xã, phường, đặc khu chưa ban hành Quyết định khẩn trương triển "
                        + "khai, hoàn thành chậm nhất trước ngày 15/8/2025.",
                "(Danh sách các xã, phường, đặc khu chưa ban hành Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã "
                        + "tại Phụ lục kèm theo)",
                "Đề nghị các đơn vị, địa phương quan tâm, thực hiện./.");
        Paragraph request = paragraphs(d).stream().filter(x -> x.text().contains("đề nghị các xã")).findFirst().orElseThrow();
        assertThat(request.runs()).contains(Run.bold("15/8/2025"));

        Closing c = blocks(d, Closing.class).get(0);
        assertThat(c.recipientLines()).containsExactly("- Như trên;", "- Sở KH&CN: GĐ, các PGĐ;",
                "- Trung tâm CĐS&ĐMST;", "- Lưu: VT, BCVT&CĐS.");
        assertThat(c.signature().titleLines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(c.signature().name()).isEqualTo("Trần Văn Mười");

        int closing = d.blocks().indexOf(c);
        int pageBreak = d.blocks().indexOf(blocks(d, PageBreak.class).get(0));
        TitleBlock title = blocks(d, TitleBlock.class).get(0);
        Table table = blocks(d, Table.class).get(0);
        assertThat(closing).isLessThan(pageBreak);
        assertThat(pageBreak).isLessThan(d.blocks().indexOf(title));
        assertThat(d.blocks().indexOf(title)).isLessThan(d.blocks().indexOf(table));

        assertThat(title.type()).isEqualTo("Phụ lục");
        assertThat(String.join(" ", title.subjectLines()).replace('\u00A0', ' ')).isEqualTo(
                "DANH SÁCH XÃ, PHƯỜNG, ĐẶC KHU CHƯA BAN HÀNH QUYẾT ĐỊNH THÀNH LẬP TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG CẤP XÃ");
        assertThat(d.title()).isEqualTo("V/v đôn đốc ban hành Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã");
        assertThat(title.reference()).isEqualTo("(Kèm theo Công văn số …/SKHCN-BCVT&CĐS ngày … tháng … năm 2025 "
                + "của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi)");

        assertThat(table.columnWeights()).hasSize(4);
        assertThat(table.headerRows()).isEqualTo(1);
        assertThat(table.rows().get(0).cells()).extracting(x -> x.text())
                .containsExactly("TT", "Mã", "Tên xã, phường, đặc khu", "Ghi chú");
        assertThat(table.rows()).hasSize(1 + 10);
        assertThat(table.rows().get(1).cells()).extracting(x -> x.text())
                .containsExactly("1", "21028", "Phường Nghĩa Lộ", "Đã thành lập tổ ở thôn, tổ dân phố, chưa có tổ cấp xã");
        assertThat(table.rows().get(2).cells().get(3).text()).isEqualTo("Chưa thành lập tổ nào");
        assertThat(table.rows().get(7).cells().get(3).text()).isEqualTo("Chưa nhập dữ liệu Tổ công nghệ số cộng đồng");
        assertThat(table.rows().get(6).cells()).extracting(x -> x.text())
                .containsExactly("6", "21548", "Đặc khu Lý Sơn", "Chưa thành lập tổ nào; đã có dự thảo Quyết định");
        assertThat(table.rows().get(10).cells().get(0).text()).isEqualTo("10");
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.cells()).noneMatch(x -> x.mergedUp()));
    }

    @Test
    void whenEveryCommuneHasADecisionTheLetterSaysSoAndHasNoAnnex() {
        DocumentTree d = render(allDone());
        List<String> p = texts(d);
        assertThat(p).contains("Tính đến ngày 01/8/2025, tất cả 96 xã, phường, đặc khu đã ban hành Quyết định thành "
                + "lập Tổ công nghệ số cộng đồng cấp xã. Các Quyết định đã ban hành thành lập 1.124 Tổ công nghệ số cộng "
                + "đồng cấp xã và ở thôn, tổ dân phố, với 6.857 thành viên. Trong số 93 xã, phường, đặc khu đã nhập dữ "
                + "liệu, còn 37 thôn, tổ dân phố chưa thành lập Tổ công nghệ số cộng đồng.");
        assertThat(p).noneMatch(s -> s.contains("Phụ lục") || s.contains("đề nghị các xã"));
        assertThat(blocks(d, PageBreak.class)).isEmpty();
        assertThat(blocks(d, TitleBlock.class)).isEmpty();
        assertThat(blocks(d, Table.class)).isEmpty();
        assertThat(blocks(d, Closing.class)).hasSize(1);
    }

    @Test
    void noVillageSentenceWithoutSuchVillagesAndNoBracketWithoutTeams() {
        ObjectNode data = example();
        ObjectNode figures = (ObjectNode) data.get("figures");
        figures.put("villagesWithoutTeam", 0);
        assertThat(texts(render(data))).contains("Tính đến ngày 01/8/2025, mới có 86/96 xã, phường, đặc khu ban hành "
                + "Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã. Các Quyết định đã ban hành thành lập 1.124 Tổ "
                + "công nghệ số cộng đồng cấp xã và ở thôn, tổ dân phố, với 6.857 thành viên.");
        figures.remove("villagesWithoutTeam");
        ArrayNode all = data.putArray("pending");
        for (int i = 0; i < 96; i++) {
            all.addObject().put("code", String.format("%05d", 21000 + i)).put("name", "Xã " + i);
        }
        figures.put("communesWithDecision", 0).put("communesWithAnyDecision", 0).put("teams", 0).put("members", 0);
        data.put("villageUnits", "ấp, khu phố");
        DocumentTree d = render(data);
        assertThat(texts(d)).contains("Tính đến ngày 01/8/2025, chưa có xã, phường, đặc khu nào ban hành Quyết định "
                + "thành lập Tổ công nghệ số cộng đồng cấp xã.");
        assertThat(blocks(d, Table.class).get(0).rows()).hasSize(1 + 96);
        assertThat(blocks(d, Table.class).get(0).rows().get(96).cells().get(2).text()).isEqualTo("Xã 95");
    }

    /** No commune team anywhere, but village teams in some communes: said of those communes, not beside "chưa có". */
    private static ObjectNode villageTeamsOnly() {
        ObjectNode data = example();
        ArrayNode all = data.putArray("pending");
        for (int i = 0; i < 96; i++) {
            all.addObject().put("code", String.format("%05d", 21000 + i)).put("name", "Xã " + i)
                    .put("missing", i < 4 ? "commune-team-only" : "any-team");
        }
        ((ObjectNode) data.get("figures")).put("communesWithDecision", 0).put("communesWithAnyDecision", 4)
                .put("teams", 20).put("members", 100).put("villagesWithoutTeam", 0);
        return data;
    }

    @Test
    void villageTeamsWithoutAnyCommuneTeamAreCountedOverTheCommunesThatFoundedThem() {
        List<String> p = texts(render(villageTeamsOnly()));
        assertThat(p).contains("Tính đến ngày 01/8/2025, chưa có xã, phường, đặc khu nào ban hành Quyết định thành lập "
                + "Tổ công nghệ số cộng đồng cấp xã. Có 4 xã, phường, đặc khu đã ban hành Quyết định thành lập Tổ công "
                + "nghệ số cộng đồng ở thôn, tổ dân phố, gồm 20 tổ với 100 thành viên.");
    }

    @Test
    void teamFiguresBesideNoDecisionAtAllAreRefused() {
        ObjectNode data = villageTeamsOnly();
        ((ObjectNode) data.get("figures")).put("communesWithAnyDecision", 0);
        assertThatThrownBy(() -> render(data)).isInstanceOf(TemplateDataException.class);
        ((ObjectNode) data.get("figures")).put("teams", 0).put("members", 0);
        assertThat(texts(render(data))).contains("Tính đến ngày 01/8/2025, chưa có xã, phường, đặc khu nào ban hành "
                + "Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã.");
    }

    @Test
    void villagesWithoutATeamSayWhichCommunesTheyAreCountedOver() {
        ObjectNode data = example();
        ((ObjectNode) data.get("figures")).remove("communesWithRoster");
        assertThatThrownBy(() -> render(data)).isInstanceOfSatisfying(DocumentDataException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::pointer).contains("/figures"));
        ((ObjectNode) data.get("figures")).put("communesWithRoster", 12).put("villagesWithoutTeam", 1);
        data.put("villageUnits", "ấp, khu phố");
        assertThat(texts(render(data))).anyMatch(t -> t.endsWith(" Trong số 12 xã, phường, đặc khu đã nhập dữ liệu, "
                + "còn 1 ấp, khu phố chưa thành lập Tổ công nghệ số cộng đồng."));
    }

    @Test
    void aRequestWithoutTheDeadlineGetsItAsASentenceAndNoRequestGetsTheDefault() {
        ObjectNode data = example();
        data.put("request", "Đề nghị các xã, phường, đặc khu chưa ban hành Quyết định khẩn trương triển khai.");
        data.put("deadline", "2026-02-05");
        data.put("asOf", "2026-01-09");
        DocumentTree d = render(data);
        Paragraph request = paragraphs(d).stream().filter(x -> x.text().startsWith("Đề nghị các xã")).findFirst()
                .orElseThrow();
        assertThat(request.text()).isEqualTo("Đề nghị các xã, phường, đặc khu chưa ban hành Quyết định khẩn trương "
                + "triển khai. Thời hạn hoàn thành chậm nhất trước ngày 05/02/2026.");
        assertThat(request.runs()).contains(Run.bold("05/02/2026"));
        assertThat(texts(d)).anyMatch(s -> s.startsWith("Tính đến ngày 09/01/2026, mới có 86/96"));

        data.remove("request");
        request = paragraphs(render(data)).stream().filter(x -> x.text().startsWith("Đề nghị các xã")).findFirst()
                .orElseThrow();
        assertThat(request.text()).isEqualTo("Đề nghị các xã, phường, đặc khu chưa ban hành Quyết định khẩn trương "
                + "ban hành Quyết định thành lập Tổ công nghệ số cộng đồng cấp xã, hoàn thành chậm nhất trước ngày "
                + "05/02/2026.");
        assertThat(request.runs()).contains(Run.bold("05/02/2026"));
    }

    @Test
    void aRegisteredLetterNamesItsNumberAndDateInTheAnnex() {
        ObjectNode data = example();
        data.put("number", 5).put("date", "2026-02-03").put("year", 2026);
        ((ObjectNode) data.get("issuer")).remove("nameInText");
        DocumentTree d = render(data);
        assertThat(d.header().numberLine()).isEqualTo("Số: 05/SKHCN-BCVT&CĐS");
        assertThat(d.header().placeDate().replace('\u00A0', ' ')).isEqualTo("Quảng Ngãi, ngày 03 tháng 02 năm 2026");
        assertThat(blocks(d, TitleBlock.class).get(0).reference())
                .isEqualTo("(Kèm theo Công văn số 05/SKHCN-BCVT&CĐS ngày 03 tháng 02 năm 2026)");
        data.put("number", 579).put("date", "2025-08-01");
        assertThat(blocks(render(data), TitleBlock.class).get(0).reference())
                .isEqualTo("(Kèm theo Công văn số 579/SKHCN-BCVT&CĐS ngày 01 tháng 8 năm 2025)");
    }

    @Test
    void figuresThatDoNotAddUpAreRefused() {
        ObjectNode data = example();
        ((ObjectNode) data.get("figures")).put("communesWithDecision", 21);
        assertThatThrownBy(() -> render(data)).isInstanceOf(TemplateDataException.class);
        ObjectNode all = allDone();
        ((ObjectNode) all.get("figures")).put("communes", 97);
        assertThatThrownBy(() -> render(all)).isInstanceOf(TemplateDataException.class);
    }

    @Test
    void figuresAndPendingAreRequiredAndFigureNamesAreChecked() {
        ObjectNode data = example();
        data.remove("figures");
        data.remove("pending");
        ((ObjectNode) data).put("asOf", "01/8/2025");
        assertThatThrownBy(() -> render(data)).isInstanceOfSatisfying(DocumentDataException.class, e -> {
            assertThat(e.kind()).isEqualTo(DocumentDataException.Kind.INVALID);
            assertThat(e.problems()).extracting(FieldProblem::pointer).contains("/figures", "/pending", "/asOf");
        });
        ObjectNode typo = example();
        ((ObjectNode) typo.get("figures")).put("villagesWithoutTeams", 3);
        ((ObjectNode) typo.get("pending").get(0)).put("code", "2102");
        assertThatThrownBy(() -> render(typo)).isInstanceOfSatisfying(DocumentDataException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::pointer).contains("/figures", "/pending/0/code"));
    }

    @Test
    void hostileTextInTheListIsPrintedLiterally() {
        ObjectNode data = example();
        String hostile = "${7*7} <#assign x=1> <b>x</b> & ]]>";
        ((ObjectNode) data.get("pending").get(0)).put("note", hostile);
        TableRow row = blocks(render(data), Table.class).get(0).rows().get(1);
        assertThat(row.cells().get(3).text()).isEqualTo("Đã thành lập tổ ở thôn, tổ dân phố, chưa có tổ cấp xã; " + hostile);
    }
}
