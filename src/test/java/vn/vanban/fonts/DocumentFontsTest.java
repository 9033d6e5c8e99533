package vn.vanban.fonts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFontsTest {

    @TempDir
    Path dir;

    @Test
    void bundledLiberationSerifHasEveryVietnameseLetterInAllFourFaces() {
        DocumentFonts fonts = DocumentFonts.load(dir);
        for (FontVariant v : FontVariant.values()) {
            assertThat(DocumentFonts.missingLetters(fonts.face(v))).isEmpty();
            assertThat(fonts.sources().get(v)).startsWith("classpath:liberation/LiberationSerif");
        }
    }

    @Test
    void measuresLikeTimesNewRoman() {
        DocumentFonts fonts = DocumentFonts.load(dir);
        // Tiêu ngữ at 14 pt bold is about 60.5 mm wide in Times New Roman metrics.
        double mm = fonts.widthPt("Độc lập - Tự do - Hạnh phúc", 14, true, false) * 25.4 / 72;
        assertThat(mm).isBetween(59.5, 61.5);
    }

    @Test
    void operatorFontsWinOverTheBundledOnes() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("liberation/LiberationSerif-Regular.ttf")) {
            Files.write(dir.resolve("times.ttf"), in.readAllBytes());
        }
        DocumentFonts fonts = DocumentFonts.load(dir);
        assertThat(fonts.sources().get(FontVariant.REGULAR)).isEqualTo(dir.resolve("times.ttf").toString());
        assertThat(fonts.sources().get(FontVariant.BOLD)).startsWith("classpath:");
    }

    @Test
    void aBrokenOperatorFontStopsStartUpWithItsName() throws Exception {
        Files.writeString(dir.resolve("timesbd.ttf"), "not a font");
        assertThatThrownBy(() -> DocumentFonts.load(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("timesbd.ttf");
    }

    @Test
    void aFaceWithoutVietnameseIsReportedLetterByLetter() throws Exception {
        BaseFont latin1 = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
        String missing = DocumentFonts.missingLetters(latin1);
        assertThat(missing).contains("ư", "ơ", "đ", "ệ", "Ư").doesNotContain("a", "b");
    }
}
