package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/**
 * Nghị định 30 asks for at least 6 pt between paragraphs, list paragraphs included: the member items
 * ("1. Ông …") and the dashed items of a decision, as Word reads their spacing (direct, else the style's).
 */
class DocxListSpacingTest {

    /** 6 pt in twentieths of a point. */
    private static final int SIX_PT = 120;

    @ParameterizedTest
    @ValueSource(strings = {"commune-team-decision", "village-teams-decision"})
    void listParagraphsHaveAtLeastSixPointsBefore(String id) {
        TemplateDescriptor t = TemplateExamplesDocxTest.SERVICE.catalog().get(id);
        DocxInspector docx = DocxInspector.read(TemplateExamplesDocxTest.SERVICE.render(t, t.example(), OutputFormat.DOCX).bytes());
        List<Element> items = docx.paragraphs().stream().filter(p -> "MucLietKe".equals(docx.styleId(p))).toList();
        assertThat(items).as(id + ": list paragraphs").isNotEmpty();
        for (Element p : items) {
            assertThat(docx.integer(p, "w:pPr/w:spacing/@w:before")).as(id + ": " + docx.text(p))
                    .isGreaterThanOrEqualTo(SIX_PT);
        }
    }
}
