package vn.vanban.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RenderCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rendersAPdfAndADocxChosenByTheFileName() throws Exception {
        Path data = Path.of("templates/official-letter/example.json");
        Path pdf = dir.resolve("cv.pdf");
        Path docx = dir.resolve("cv.docx");
        assertThat(run("render", "--template", "official-letter", "--data", data.toString(), "--out", pdf.toString())).isZero();
        assertThat(run("render", "--template", "official-letter", "--data", data.toString(), "--out", docx.toString())).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(Files.readAllBytes(docx)[0]).isEqualTo((byte) 'P');
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã lập");
    }

    @Test
    void badDataExitsWithTwoAndNamesEveryField() throws Exception {
        Path data = dir.resolve("bad.json");
        Files.writeString(data, "{\"issuer\": {\"name\": \"SỞ\"}}");
        assertThat(run("render", "--template", "official-letter", "--data", data.toString(), "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("/subject", "/addressees", "/signer");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void wrongUsageExitsWithOne() {
        assertThat(run("render", "--template", "official-letter")).isEqualTo(1);
        assertThat(run("render", "--template", "official-letter", "--data")).isEqualTo(1);
        assertThat(run("render", "--mau", "official-letter")).isEqualTo(1);
        assertThat(run("render", "--template", "x", "--data", "d.json", "--out", "x.odt")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cách dùng");
    }

    /** The caller named a template that is not there: wrong usage, like a misspelt option. */
    @Test
    void unknownTemplateExitsWithOne() throws Exception {
        Path data = dir.resolve("d.json");
        Files.writeString(data, "{}");
        assertThat(run("render", "--template", "nope", "--data", data.toString(), "--out", dir.resolve("a.pdf").toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope");
    }
}
