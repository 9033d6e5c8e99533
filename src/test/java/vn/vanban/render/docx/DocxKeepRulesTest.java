package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.TemplateDescriptor;

/** The DOCX declares the page rules the PDF applies, so that Word and our PDF break pages alike. */
class DocxKeepRulesTest {

    private static final DocumentService SERVICE = DocumentServices.create(Path.of("fonts"),
            Path.of("no-operator-templates"), RequestLimits.defaults());
    private static final String BODY = "word/document.xml";

    private static DocxInspector example(String id) {
        TemplateDescriptor t = SERVICE.catalog().get(id);
        return DocxInspector.read(SERVICE.render(t, t.example(), OutputFormat.DOCX).bytes());
    }

    private static List<Element> paragraphs(DocxInspector docx) {
        return docx.elements(BODY, "/w:document/w:body/w:p");
    }

    private static int indexOf(DocxInspector docx, List<Element> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (docx.text(paragraphs.get(i)).startsWith(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting with " + text);
    }

    @Test
    void theTextBeforeTranTrongKeepsWithItSoTheSignaturePageNeverHoldsThatLineAlone() {
        DocxInspector docx = example("official-letter");
        List<Element> paragraphs = paragraphs(docx);
        int closing = indexOf(docx, paragraphs, "Trân trọng./.");
        assertThat(docx.has(paragraphs.get(closing - 1), "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.has(paragraphs.get(closing), "w:pPr/w:keepNext")).isTrue();
    }

    @Test
    void headingsKeepWithTheirTextAndEveryParagraphHasWidowControl() {
        DocxInspector docx = example("commune-team-decision");
        List<Element> paragraphs = paragraphs(docx);
        assertThat(docx.has(paragraphs.get(indexOf(docx, paragraphs, "Điều 2.")), "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.has(paragraphs.get(indexOf(docx, paragraphs, "a) Tuyên truyền")), "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.has(paragraphs.get(indexOf(docx, paragraphs, "QUYẾT ĐỊNH:")), "w:pPr/w:keepNext")).isTrue();
        assertThat(docx.elements("word/styles.xml", "//w:docDefaults/w:pPrDefault/w:pPr/w:widowControl")).hasSize(1);
    }
}
