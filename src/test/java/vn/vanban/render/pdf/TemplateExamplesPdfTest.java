package vn.vanban.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.vanban.render.pdf.PdfInspector.mm;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.document.DocumentTree;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.render.ExampleNames;
import vn.vanban.render.OutputFormat;
import vn.vanban.limits.RequestLimits;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.PageSpec;
import vn.vanban.render.pdf.PdfInspector.Line;
import vn.vanban.template.TemplateDescriptor;

/** Golden checks of every built-in template's example as PDF, read back with PDFBox. */
class TemplateExamplesPdfTest {

    static final DocumentService SERVICE = DocumentServices.create(Path.of("fonts"), Path.of("no-operator-templates"),
            RequestLimits.defaults());
    static final Nd30Layout LAYOUT = Nd30Layout.standard();

    static Stream<String> templates() {
        return SERVICE.catalog().all().stream().map(TemplateDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void pagesFontsTextAndGeometry(String id) {
        TemplateDescriptor t = SERVICE.catalog().get(id);
        DocumentTree tree = SERVICE.document(t, t.example());
        PageSpec spec = LAYOUT.page(tree.landscape());
        byte[] bytes = SERVICE.render(t, t.example(), OutputFormat.PDF).bytes();
        try (PdfInspector pdf = PdfInspector.of(bytes)) {
            for (int p = 1; p <= pdf.pageCount(); p++) {
                assertThat(pdf.mediaBox(p).getWidth()).as("page width").isCloseTo(mm(spec.widthMm()), within(1f));
                assertThat(pdf.mediaBox(p).getHeight()).as("page height").isCloseTo(mm(spec.heightMm()), within(1f));
            }
            assertThat(pdf.fonts()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.subtype()).isEqualTo("Type0");
                assertThat(f.encoding()).isEqualTo("Identity-H");
                assertThat(f.embedded()).isTrue();
            });
            String text = pdf.text();
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            for (String expected : ExampleNames.printedIn(t)) {
                assertThat(text).contains(expected);
            }
            if (tree.header() != null) {
                assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
                float split = mm(spec.leftMm() + LAYOUT.header(!tree.header().letterSubjectLines().isEmpty()).leftMm());
                Line national = pdf.line(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                assertThat(national.xOf("CỘNG HÒA")).as("Quốc hiệu in the right column").isGreaterThan(split);
                String issuer = tree.header().issuerLines().get(tree.header().issuerLines().size() - 1);
                Line issuerLine = pdf.line(1, issuer);
                assertThat(issuerLine.xOf(issuer)).as("issuing body in the left column").isLessThan(split);
                assertThat(issuerLine.xOf(issuer) + 1).isGreaterThan(mm(spec.leftMm()));
            }
            float leftMargin = mm(spec.leftMm());
            float minX = Float.MAX_VALUE;
            for (int p = 1; p <= pdf.pageCount(); p++) {
                for (Line l : pdf.lines(p)) {
                    minX = Math.min(minX, l.x());
                }
            }
            if (tree.blocks().stream().anyMatch(b -> b instanceof vn.vanban.document.Table)) {
                float tableLeft = Float.MAX_VALUE;
                for (int p = 1; p <= pdf.pageCount(); p++) {
                    tableLeft = (float) Math.min(tableLeft,
                            pdf.segments(p).stream().mapToDouble(PdfInspector.Segment::left).min().orElse(Float.MAX_VALUE));
                }
                assertThat(tableLeft).as("the table starts at the left margin").isCloseTo(leftMargin, within(1f));
            } else {
                assertThat(minX).as("text starts at the left margin").isCloseTo(leftMargin, within(0.5f));
            }
            PdfDocumentWriterTest.assertInsideMargins(pdf, spec);
        }
    }
}
