package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Paragraph;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * What a clerk who edits our DOCX in Word relies on: paragraphs that name a style carrying the decree's
 * look, and articles and member lines numbered by Word, so that an inserted member renumbers the rest.
 */
class DocxStylesAndNumberingTest {

    private static final Nd30Layout LAYOUT = Nd30Layout.standard();

    private static DocxInspector example(String id) {
        TemplateDescriptor t = TemplateExamplesDocxTest.SERVICE.catalog().get(id);
        return DocxInspector.read(TemplateExamplesDocxTest.SERVICE.render(t, t.example(), OutputFormat.DOCX).bytes());
    }

    @Test
    void stylesPartNamesEveryKindOfLineWithTheDecreeLook() {
        DocxInspector docx = example("commune-team-decision");
        Map<String, TextRole> styles = Map.of("Nội dung", TextRole.BODY, "Căn cứ", TextRole.BASIS,
                "Điều", TextRole.HEADING, "Khoản", TextRole.HEADING, "Mục liệt kê", TextRole.LIST_ITEM,
                "Nơi nhận", TextRole.RECIPIENTS_LABEL, "Bảng - nội dung", TextRole.TABLE_CELL,
                "Cơ quan ban hành", TextRole.ISSUER, "Tiêu ngữ", TextRole.MOTTO);
        styles.forEach((name, role) -> {
            List<Element> found = docx.elements("word/styles.xml",
                    "/w:styles/w:style[@w:type='paragraph'][w:name/@w:val='" + name + "']");
            assertThat(found).as("style \"" + name + "\"").hasSize(1);
            Element style = found.get(0);
            TextStyle look = LAYOUT.style(role);
            assertThat(docx.integer(style, "w:rPr/w:sz/@w:val")).as(name).isEqualTo((int) Math.round(look.sizePt() * 2));
            assertThat(docx.has(style, "w:rPr/w:b")).as(name + " bold").isEqualTo(look.bold());
            assertThat(docx.has(style, "w:rPr/w:i")).as(name + " italic").isEqualTo(look.italic());
            assertThat(docx.integer(style, "w:pPr/w:spacing/@w:before")).as(name + " space before")
                    .isEqualTo((int) Math.round(look.spaceBeforePt() * 20));
        });
    }

    @Test
    void paragraphsNameTheirStyleAndRepeatNoneOfIt() {
        DocxInspector docx = example("commune-team-decision");
        Map<String, String> byText = Map.of(
                "Căn cứ Luật Tổ chức", "CanCu",
                "Điều 2. Chế độ làm việc", "Dieu",
                "1. Chế độ làm việc", "Khoan",
                "Nơi nhận:", "NoiNhan",
                "QUYẾT ĐỊNH:", "QuyetDinh",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QuocHieu");
        byText.forEach((text, id) -> {
            Element p = docx.paragraphStartingWith(text);
            assertThat(docx.styleId(p)).as("style of \"" + text + "\"").isEqualTo(id);
        });
        Element basis = docx.paragraphStartingWith("Căn cứ Luật Tổ chức");
        assertThat(docx.elements(basis, "w:r/w:rPr/w:sz | w:r/w:rPr/w:i | w:pPr/w:jc | w:pPr/w:ind"))
                .as("direct formatting the style already gives").isEmpty();
        assertThat(docx.elements("word/document.xml", "//w:body/w:p[w:r/w:t][not(w:pPr/w:pStyle)]"))
                .as("body paragraphs with text but no style").isEmpty();
    }

    @Test
    void tableCellsNameTheTableStyles() {
        DocxInspector docx = example("member-list");
        List<Element> cells = docx.elements("word/document.xml", "//w:tbl[w:tblGrid/w:gridCol[8]]//w:tc/w:p[w:r/w:t]");
        assertThat(cells).isNotEmpty();
        assertThat(cells).allMatch(p -> List.of("BangTieuDe", "BangNoiDung").contains(docx.styleId(p)));
    }

    @Test
    void membersAndArticlesAreNumberedByWordNotTyped() {
        DocxInspector docx = example("commune-team-decision");
        assertThat(docx.partNames()).contains("word/numbering.xml");
        assertThat(docx.string("[Content_Types].xml", "//ct:Override[@PartName='/word/numbering.xml']/@ContentType"))
                .endsWith("numbering+xml");

        List<Element> members = docx.paragraphs().stream().filter(p -> docx.has(p, "w:pPr/w:numPr")
                && "MucLietKe".equals(docx.styleId(p))).toList();
        assertThat(members).hasSizeGreaterThan(3);
        for (int i = 0; i < members.size(); i++) {
            Element p = members.get(i);
            assertThat(docx.text(p)).as("label Word prints").startsWith((i + 1) + ". ");
            assertThat(docx.typedText(p)).as("typed text").doesNotMatch("^\\d+\\..*");
        }
        assertThat(members.stream().map(p -> docx.string(p, "w:pPr/w:numPr/w:numId/@w:val")).distinct())
                .as("one list, so an inserted member renumbers the rest").hasSize(1);

        List<Element> articles = docx.paragraphs().stream().filter(p -> docx.text(p).matches("Điều \\d+\\. .*")).toList();
        assertThat(articles).extracting(docx::text).extracting(t -> t.substring(0, t.indexOf('.') + 1))
                .containsExactly("Điều 1.", "Điều 2.", "Điều 3.", "Điều 4.");
        for (Element article : articles) {
            assertThat(docx.has(article, "w:pPr/w:numPr")).isTrue();
            assertThat(docx.typedText(article)).doesNotStartWith("Điều");
        }
        assertThat(articles.stream().map(p -> docx.string(p, "w:pPr/w:numPr/w:numId/@w:val")).distinct()).hasSize(1);
        Element level = docx.numberingLevel(articles.get(0));
        assertThat(docx.string(level, "w:lvlText/@w:val")).isEqualTo("Điều %1.");
        assertThat(docx.string(level, "w:suff/@w:val")).isEqualTo("space");
    }

    /**
     * Every label the document tree numbers (articles, khoản, điểm, members) is printed by Word from
     * numbering.xml, never typed, and Word's count gives exactly the label the PDF prints.
     */
    @ParameterizedTest
    @ValueSource(strings = {"commune-team-decision", "village-teams-decision", "team-dissolution-decision"})
    void everyLabelOfTheTreeIsWordNumberingPrintingThePdfsText(String id) {
        TemplateDescriptor t = TemplateExamplesDocxTest.SERVICE.catalog().get(id);
        DocumentTree tree = TemplateExamplesDocxTest.SERVICE.document(t, t.example());
        List<String> treeLabels = tree.blocks().stream().filter(b -> b instanceof Paragraph p && p.numbering() != null)
                .map(b -> ((Paragraph) b).runs().get(0).text().strip()).toList();
        DocxInspector docx = example(id);
        List<Element> numbered = docx.paragraphs().stream().filter(p -> docx.has(p, "w:pPr/w:numPr")).toList();
        assertThat(numbered.stream().map(p -> docx.text(p).substring(0, docx.text(p).length()
                - docx.typedText(p).replace('\u00A0', ' ').length()).strip()).toList())
                .as("labels Word prints").isEqualTo(treeLabels);
        for (Element p : numbered) {
            assertThat(docx.typedText(p)).as("typed text of \"" + docx.text(p) + "\"")
                    .doesNotMatch("^(Điều \\d+\\.|\\d+(\\.\\d+)*\\.|[a-dđ]\\)) .*");
        }
    }

    @Test
    void khoảnCountFromOneInEachArticleWithTheirLevelsAndĐiểmByLetter() {
        DocxInspector docx = example("commune-team-decision");
        Element first = docx.paragraphStartingWith("1. Chế độ làm việc");
        Element nested = docx.paragraphStartingWith("2.1. Chỉ đạo thành lập");
        Element third = docx.paragraphStartingWith("3. Trách nhiệm");
        Element nestedBody = docx.paragraphStartingWith("3.1. Tổ trưởng:");
        String list = docx.string(first, "w:pPr/w:numPr/w:numId/@w:val");
        assertThat(List.of(nested, third, nestedBody)).extracting(p -> docx.string(p, "w:pPr/w:numPr/w:numId/@w:val"))
                .as("one list per article, so an inserted khoản renumbers the rest").containsOnly(list);
        assertThat(docx.numberingLevelIndex(first)).isZero();
        assertThat(docx.numberingLevelIndex(nested)).isEqualTo(1);
        assertThat(docx.string(docx.numberingLevel(first), "w:lvlText/@w:val")).isEqualTo("%1.");
        assertThat(docx.string(docx.numberingLevel(nested), "w:lvlText/@w:val")).isEqualTo("%1.%2.");
        assertThat(docx.string(docx.numberingLevel(nested), "w:numFmt/@w:val")).isEqualTo("decimal");
        assertThat(docx.styleId(first)).isEqualTo("Khoan");
        assertThat(docx.styleId(nestedBody)).isEqualTo("NoiDung");

        Element point = docx.paragraphStartingWith("a) Tuyên truyền");
        assertThat(docx.string(docx.numberingLevel(point), "w:numFmt/@w:val")).isEqualTo("lowerLetter");
        assertThat(docx.string(docx.numberingLevel(point), "w:lvlText/@w:val")).isEqualTo("%1)");
        assertThat(docx.text(docx.paragraphStartingWith("c) Báo cáo"))).isEqualTo("c) Báo cáo công tác triển khai");

        DocxInspector village = example("village-teams-decision");
        Element team = village.paragraphStartingWith("1. Tổ công nghệ số cộng đồng");
        Element regime = village.paragraphStartingWith("1. Chế độ làm việc");
        assertThat(village.string(team, "w:pPr/w:numPr/w:numId/@w:val"))
                .as("Điều 2's khoản do not continue Điều 1's").isNotEqualTo(village.string(regime, "w:pPr/w:numPr/w:numId/@w:val"));
        Element a1 = village.paragraphStartingWith("a) Tổ công nghệ số cộng đồng làm việc");
        Element a2 = village.paragraphStartingWith("a) Tham gia vào Mạng lưới");
        assertThat(village.string(a1, "w:pPr/w:numPr/w:numId/@w:val"))
                .as("the điểm of each khoản count from a").isNotEqualTo(village.string(a2, "w:pPr/w:numPr/w:numId/@w:val"));
        assertThat(village.text(village.paragraphStartingWith("d) Trực tiếp tiếp nhận"))).startsWith("d) Trực tiếp");
    }
}
