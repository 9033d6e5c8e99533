package vn.vanban.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;
import vn.vanban.document.Table;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.render.ExampleNames;
import vn.vanban.render.OutputFormat;
import vn.vanban.limits.RequestLimits;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.template.TemplateDescriptor;

/** Golden checks of every built-in template's example as DOCX, read as WordprocessingML. */
class TemplateExamplesDocxTest {

    static final DocumentService SERVICE = DocumentServices.create(Path.of("fonts"), Path.of("no-operator-templates"),
            RequestLimits.defaults());
    static final Nd30Layout LAYOUT = Nd30Layout.standard();

    static Stream<String> templates() {
        return SERVICE.catalog().all().stream().map(TemplateDescriptor::id);
    }

    private static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pageFontsSizesAndTables(String id) {
        TemplateDescriptor t = SERVICE.catalog().get(id);
        DocumentTree tree = SERVICE.document(t, t.example());
        DocxInspector docx = DocxInspector.read(SERVICE.render(t, t.example(), OutputFormat.DOCX).bytes());

        Element sect = docx.elements("word/document.xml", "/w:document/w:body/w:sectPr").get(0);
        int a4Short = 11906;
        int a4Long = 16838;
        assertThat(docx.integer(sect, "w:pgSz/@w:w")).isEqualTo(tree.landscape() ? a4Long : a4Short);
        assertThat(docx.integer(sect, "w:pgSz/@w:h")).isEqualTo(tree.landscape() ? a4Short : a4Long);
        assertThat(docx.integer(sect, "w:pgMar/@w:top")).isEqualTo(twips(LAYOUT.page().topMm()));
        assertThat(docx.integer(sect, "w:pgMar/@w:bottom")).isEqualTo(twips(LAYOUT.page().bottomMm()));
        assertThat(docx.integer(sect, "w:pgMar/@w:left")).isEqualTo(twips(LAYOUT.page().leftMm()));
        assertThat(docx.integer(sect, "w:pgMar/@w:right")).isEqualTo(twips(LAYOUT.page().rightMm()));
        assertThat(docx.has(sect, "w:titlePg")).as("no page number on page 1").isTrue();
        assertThat(docx.string("word/header1.xml", "string(//w:instrText)").strip()).isEqualTo("PAGE");
        assertThat(docx.string("word/styles.xml",
                "string(/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)")).isEqualTo("Times New Roman");

        String text = docx.documentText();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        ExampleNames.printedIn(t).forEach(n -> assertThat(text).contains(n));

        Header header = tree.header();
        if (header != null) {
            boolean letter = !header.letterSubjectLines().isEmpty();
            int nationalHalfPoints = (int) (LAYOUT.header(letter).nationalTitleSizePt() * 2);
            assertThat(docx.runFormat(docx.paragraph(Header.NATIONAL_TITLE), Header.NATIONAL_TITLE))
                    .isEqualTo(new DocxInspector.RunFormat(nationalHalfPoints, true, false));
            assertThat(docx.runFormat(docx.paragraph(Header.MOTTO), Header.MOTTO))
                    .isEqualTo(new DocxInspector.RunFormat(28, true, false));
            String issuer = header.issuerLines().get(0);
            assertThat(docx.runFormat(docx.paragraph(issuer), issuer)).isEqualTo(new DocxInspector.RunFormat(26, true, false));
            assertThat(docx.format(docx.paragraph(header.placeDate()))).isEqualTo(new DocxInspector.RunFormat(28, false, true));
            assertThat(docx.format(docx.paragraph(header.numberLine()))).isEqualTo(new DocxInspector.RunFormat(26, false, false));
        }
        for (String name : t.example().path("signer").isMissingNode() ? List.<String>of()
                : List.of(t.example().path("signer").path("fullName").asString())) {
            assertThat(docx.format(docx.paragraph(name))).isEqualTo(new DocxInspector.RunFormat(28, true, false));
            assertThat(docx.format(docx.paragraph("Nơi nhận:"))).isEqualTo(new DocxInspector.RunFormat(24, true, true));
        }
        if (tree.blocks().stream().anyMatch(Table.class::isInstance)) {
            List<Element> rows = docx.elements("word/document.xml", "//w:tbl[w:tr/w:trPr/w:tblHeader]/w:tr");
            assertThat(rows).as("a list table with a repeating header row").isNotEmpty();
            assertThat(docx.has(rows.get(0), "w:trPr/w:tblHeader")).isTrue();
            assertThat(rows).allSatisfy(r -> assertThat(docx.has(r, "w:trPr/w:cantSplit")).isTrue());
            boolean merged = tree.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                    .flatMap(table -> table.rows().stream()).flatMap(r -> r.cells().stream())
                    .anyMatch(c -> c.mergedUp());
            if (merged) {
                assertThat(docx.elements("word/document.xml", "//w:vMerge[@w:val='restart']")).isNotEmpty();
            }
        }
    }
}
