package vn.vanban.fonts;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vanban.layout.TextMeasure;

/**
 * The four faces of the document font, loaded once and shared by every document. Licensed Times New
 * Roman files that an operator drops into the fonts folder win; otherwise Liberation Serif, the metric
 * twin of Times New Roman, comes from the openpdf-fonts-extra jar. Because the metrics are the same,
 * text measured here lays out the same in Word, LibreOffice and our PDF.
 */
public final class DocumentFonts implements TextMeasure {

    /** Every Vietnamese letter, lower and upper case: a face without all of them drops letters silently. */
    static final String VIETNAMESE_LETTERS =
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ";

    private static final Map<FontVariant, List<String>> OPERATOR_FILES = Map.of(
            FontVariant.REGULAR, List.of("times.ttf", "Times New Roman.ttf", "TimesNewRoman.ttf"),
            FontVariant.BOLD, List.of("timesbd.ttf", "Times New Roman Bold.ttf", "TimesNewRoman-Bold.ttf"),
            FontVariant.ITALIC, List.of("timesi.ttf", "Times New Roman Italic.ttf", "TimesNewRoman-Italic.ttf"),
            FontVariant.BOLD_ITALIC, List.of("timesbi.ttf", "Times New Roman Bold Italic.ttf",
                    "TimesNewRoman-BoldItalic.ttf"));

    private static final Map<FontVariant, String> BUNDLED = Map.of(
            FontVariant.REGULAR, "liberation/LiberationSerif-Regular.ttf",
            FontVariant.BOLD, "liberation/LiberationSerif-Bold.ttf",
            FontVariant.ITALIC, "liberation/LiberationSerif-Italic.ttf",
            FontVariant.BOLD_ITALIC, "liberation/LiberationSerif-BoldItalic.ttf");

    private final Map<FontVariant, BaseFont> faces;
    private final Map<FontVariant, String> sources;

    private DocumentFonts(Map<FontVariant, BaseFont> faces, Map<FontVariant, String> sources) {
        this.faces = faces;
        this.sources = sources;
    }

    /**
     * Loads the faces, preferring files in {@code operatorDir}. Fails with a message naming the file
     * and the missing letters when a face cannot print Vietnamese.
     */
    public static DocumentFonts load(Path operatorDir) {
        Map<FontVariant, BaseFont> faces = new EnumMap<>(FontVariant.class);
        Map<FontVariant, String> sources = new EnumMap<>(FontVariant.class);
        for (FontVariant variant : FontVariant.values()) {
            Optional<Path> operatorFile = findOperatorFile(operatorDir, variant);
            String source;
            byte[] bytes;
            if (operatorFile.isPresent()) {
                source = operatorFile.get().toString();
                bytes = read(operatorFile.get());
            } else {
                source = "classpath:" + BUNDLED.get(variant);
                bytes = readBundled(BUNDLED.get(variant));
            }
            BaseFont face = create(source, bytes);
            String missing = missingLetters(face);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("Phông chữ " + source + " thiếu chữ tiếng Việt: " + missing
                        + " (the font lacks Vietnamese letters; use Times New Roman or Liberation Serif)");
            }
            // The embedded subsets are most of a PDF's bytes and of its deflate time: level 1 halves
            // the time for a few per cent more bytes (BENCHMARKS.md, "The PDF writer's own cost").
            face.setCompressionLevel(PdfStream.BEST_SPEED);
            faces.put(variant, face);
            sources.put(variant, source);
        }
        return new DocumentFonts(faces, sources);
    }

    public BaseFont face(FontVariant variant) {
        return faces.get(variant);
    }

    public BaseFont face(boolean bold, boolean italic) {
        return faces.get(FontVariant.of(bold, italic));
    }

    /** Where each face came from, for the start-up log and the health endpoint. */
    public Map<FontVariant, String> sources() {
        return Map.copyOf(sources);
    }

    @Override
    public double widthPt(String text, double sizePt, boolean bold, boolean italic) {
        return face(bold, italic).getWidthPoint(text, (float) sizePt);
    }

    static String missingLetters(BaseFont face) {
        StringBuilder missing = new StringBuilder();
        String all = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.toUpperCase(Locale.forLanguageTag("vi"));
        all.codePoints().forEach(cp -> {
            if (!face.charExists(cp)) {
                missing.appendCodePoint(cp);
            }
        });
        return missing.toString();
    }

    private static Optional<Path> findOperatorFile(Path dir, FontVariant variant) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        for (String name : OPERATOR_FILES.get(variant)) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            Path lower = dir.resolve(name.toLowerCase(Locale.ROOT));
            if (Files.isRegularFile(lower)) {
                return Optional.of(lower);
            }
        }
        return Optional.empty();
    }

    private static BaseFont create(String source, byte[] bytes) {
        try {
            // The name only has to end in .ttf for OpenPDF to parse the bytes as TrueType.
            return BaseFont.createFont("vanban-" + Math.abs(source.hashCode()) + ".ttf", BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, bytes, null);
        } catch (Exception e) {
            throw new IllegalStateException("Không đọc được phông chữ " + source + ": " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được phông chữ " + file, e);
        }
    }

    private static byte[] readBundled(String resource) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font " + resource
                        + " is missing from the classpath (dependency com.github.librepdf:openpdf-fonts-extra)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
