package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.pdf.PdfInspector;
import vn.vanban.template.TemplateDescriptor;

/**
 * LibreOffice as an oracle: our DOCX, laid out by an independent engine, must have the same pages
 * and the same words as our PDF. Skipped on a developer machine without LibreOffice, never in CI.
 */
@Tag("slow")
class LibreOfficeParityTest {

    static DocumentService service;

    @TempDir
    static Path work;

    @BeforeAll
    static void setUp() {
        LibreOffice.assumeInstalled();
        service = DocumentServices.create(Path.of("fonts"), Path.of("no-operator-templates"), RequestLimits.defaults());
    }

    static Stream<String> templates() {
        return DocumentServices.create(Path.of("fonts"), Path.of("no-operator-templates"), RequestLimits.defaults())
                .catalog().all().stream().map(TemplateDescriptor::id);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void docxThroughLibreOfficeHasTheSamePagesAndWordsAsOurPdf(String id) throws Exception {
        TemplateDescriptor t = service.catalog().get(id);
        byte[] ourPdf = service.render(t, t.example(), OutputFormat.PDF).bytes();
        Path docx = work.resolve(id + ".docx");
        Files.write(docx, service.render(t, t.example(), OutputFormat.DOCX).bytes());
        Path outDir = work.resolve("lo-" + id);
        LibreOffice.toPdf(List.of(docx), outDir, work, 180);
        byte[] theirPdf = Files.readAllBytes(outDir.resolve(id + ".pdf"));

        try (PDDocument ours = Loader.loadPDF(ourPdf); PDDocument theirs = Loader.loadPDF(theirPdf)) {
            assertThat(theirs.getNumberOfPages()).as("pages of the DOCX in LibreOffice").isEqualTo(ours.getNumberOfPages());
            assertThat(words(theirs)).as("words of the DOCX in LibreOffice").isEqualTo(words(ours));
        }
    }

    /** The words of a PDF as a sorted list: reading order may differ between engines, words may not. */
    private static List<String> words(PDDocument pdf) throws IOException {
        String text = new PDFTextStripper().getText(pdf).replace('\u00A0', ' ');
        return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).sorted().toList();
    }

    /** A line that starts with a label: "Điều 2.", khoản "1." or "2.1.", điểm "a)", a member "3.". */
    private static final Pattern LABEL = Pattern.compile("^(Điều \\d+\\.|\\d+(\\.\\d+)*\\.|[a-eđ]\\))(?=\\s|\\p{L})");

    /** Where a label sits: its page, its text and where it starts on the line. */
    record Label(int page, String text, float x) {
    }

    /**
     * The labels Word's numbering prints in the DOCX, laid out by LibreOffice, are the PDF's: the same
     * labels in the same order on the same pages, each starting where the PDF starts it.
     */
    @Test
    void numberedLabelsPrintAsInThePdf() throws Exception {
        List<String> ids = List.of("commune-team-decision", "village-teams-decision");
        List<Path> files = new ArrayList<>();
        for (String id : ids) {
            TemplateDescriptor t = service.catalog().get(id);
            Path docx = work.resolve("labels-" + id + ".docx");
            Files.write(docx, service.render(t, t.example(), OutputFormat.DOCX).bytes());
            files.add(docx);
        }
        Path outDir = work.resolve("lo-labels");
        LibreOffice.toPdf(files, outDir, work, 180);
        for (String id : ids) {
            TemplateDescriptor t = service.catalog().get(id);
            List<Label> ours = labels(service.render(t, t.example(), OutputFormat.PDF).bytes());
            List<Label> theirs = labels(Files.readAllBytes(outDir.resolve("labels-" + id + ".pdf")));
            assertThat(ours).as(id).extracting(Label::text).contains("1.", "2.", "a)", "b)");
            assertThat(theirs).as(id + ": labels of the DOCX in LibreOffice").extracting(Label::page, Label::text)
                    .isEqualTo(ours.stream().map(l -> org.assertj.core.groups.Tuple.tuple(l.page(), l.text())).toList());
            for (int i = 0; i < ours.size(); i++) {
                assertThat(theirs.get(i).x()).as(id + ": where " + ours.get(i) + " starts")
                        .isCloseTo(ours.get(i).x(), org.assertj.core.data.Offset.offset(1.5f));
            }
        }
    }

    private static List<Label> labels(byte[] pdf) {
        List<Label> out = new ArrayList<>();
        try (PdfInspector in = PdfInspector.of(pdf)) {
            for (int page = 1; page <= in.pageCount(); page++) {
                for (PdfInspector.Line line : in.lines(page)) {
                    Matcher m = LABEL.matcher(line.text().replace('\u00A0', ' '));
                    if (m.find()) {
                        out.add(new Label(page, m.group(1), line.x()));
                    }
                }
            }
        }
        return out;
    }
}
