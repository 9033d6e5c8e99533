package vn.vanban.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
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
        boolean present = soffice();
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("LibreOffice (soffice) is required in CI; .ci/run installs it");
        }
        Assumptions.assumeTrue(present, "LibreOffice is not installed");
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
        Path outDir = Files.createDirectories(work.resolve("lo-" + id));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + work.resolve("profile-" + id).toUri(),
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
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

    /** Whether LibreOffice can be started; the other LibreOffice tests ask here too. */
    static boolean soffice() {
        try {
            return new ProcessBuilder("soffice", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
