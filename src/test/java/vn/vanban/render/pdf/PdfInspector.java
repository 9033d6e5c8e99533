package vn.vanban.render.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a generated PDF back for assertions: pages, fonts, text lines with their positions and the
 * horizontal rules. Positions are in points, measured from the top-left corner of the page; text lines
 * are grouped by baseline. Pages are numbered from 1.
 */
public final class PdfInspector implements AutoCloseable {

    /** Text on one baseline, left to right. {@code y} is the baseline, from the top of the page. */
    public record Line(String text, float x, float endX, float y, float fontSize, List<Float> charX) {

        /** Left edge of the first occurrence of {@code part} in this line. */
        public float xOf(String part) {
            int i = text.indexOf(nfc(part).replace('\u00A0', ' '));
            if (i < 0) {
                throw new IllegalArgumentException("'" + part + "' is not in line '" + text + "'");
            }
            return charX.get(i);
        }

        public float centre() {
            return (x + endX) / 2;
        }
    }

    /** A stroked straight segment, from the top-left corner of the page. */
    public record Segment(float x1, float y1, float x2, float y2, float width) {

        public boolean horizontal() {
            return Math.abs(y1 - y2) < 0.01f;
        }

        public float length() {
            return (float) Math.hypot(x2 - x1, y2 - y1);
        }

        public float left() {
            return Math.min(x1, x2);
        }

        public float right() {
            return Math.max(x1, x2);
        }

        public float centre() {
            return (x1 + x2) / 2;
        }
    }

    /** A font as the PDF declares it. */
    public record FontInfo(String name, String subtype, String encoding, boolean embedded) {
    }

    private final PDDocument document;

    private PdfInspector(PDDocument document) {
        this.document = document;
    }

    public static PdfInspector of(byte[] pdf) {
        try {
            return new PdfInspector(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static float mm(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    public static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public PDDocument document() {
        return document;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    public PDRectangle mediaBox(int page) {
        return document.getPage(page - 1).getMediaBox();
    }

    /** All text of the document (or of one page), NFC. */
    public String text() {
        return text(1, pageCount());
    }

    public String text(int page) {
        return text(page, page);
    }

    private String text(int from, int to) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return nfc(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text lines of a page, top to bottom. */
    public List<Line> lines(int page) {
        List<TextPosition> glyphs = glyphs(page);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<Line> lines = new ArrayList<>();
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (!current.isEmpty() && (Math.abs(g.getYDirAdj() - current.get(0).getYDirAdj()) > 1 || columnGap(current, g))) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    /** The first line of the page containing {@code text}. */
    public Optional<Line> find(int page, String text) {
        String wanted = nfc(text).replace('\u00A0', ' ');
        return lines(page).stream().filter(l -> l.text().contains(wanted)).findFirst();
    }

    public Line line(int page, String text) {
        return find(page, text).orElseThrow(() -> new AssertionError("no line containing '" + text + "' on page "
                + page + ":\n" + text(page)));
    }

    /** The first page (1-based) with a line containing {@code text}, or 0. */
    public int pageOf(String text) {
        for (int p = 1; p <= pageCount(); p++) {
            if (find(p, text).isPresent()) {
                return p;
            }
        }
        return 0;
    }

    /** Every font of every page. */
    public List<FontInfo> fonts() {
        List<FontInfo> out = new ArrayList<>();
        try {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    String encoding = font.getCOSObject().getNameAsString(COSName.ENCODING);
                    boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded()
                            : font.isEmbedded();
                    out.add(new FontInfo(font.getName(), font.getCOSObject().getNameAsString(COSName.SUBTYPE),
                            encoding, embedded));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Straight stroked segments of a page (rules and table borders). */
    public List<Segment> segments(int page) {
        PDPage p = document.getPage(page - 1);
        SegmentCollector collector = new SegmentCollector(p);
        try {
            collector.processPage(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.segments;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The glyphs of a page in content order, for measures of one's own. */
    public List<TextPosition> glyphs(int page) {
        List<TextPosition> all = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    all.add(text);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /**
     * The lowest ink of {@code line} (top-down page coordinates, like {@link Line#y()}): the bottom of the
     * deepest glyph outline, a descender or a dấu nặng under a vowel, not the font's nominal descent.
     */
    public float inkBottom(int page, Line line) {
        float bottom = line.y();
        for (TextPosition g : glyphs(page)) {
            if (Math.abs(g.getYDirAdj() - line.y()) > 1 || g.getXDirAdj() < line.x() - 0.5f || g.getXDirAdj() > line.endX()) {
                continue;
            }
            if (g.getFont() instanceof PDVectorFont font) {
                try {
                    Rectangle2D box = font.getNormalizedPath(g.getCharacterCodes()[0]).getBounds2D();
                    if (!box.isEmpty()) {
                        bottom = Math.max(bottom, g.getYDirAdj() - (float) box.getMinY() * g.getFontSizeInPt() / 1000f);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return bottom;
    }

    /**
     * Text in two columns on one baseline (the header, Nơi nhận beside the signature) makes two lines:
     * a gap wider than two ems is never a word space, even in a justified line.
     */
    private static boolean columnGap(List<TextPosition> line, TextPosition next) {
        TextPosition last = line.get(line.size() - 1);
        float gap = next.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
        return gap > 2 * Math.max(next.getFontSizeInPt(), last.getFontSizeInPt());
    }

    private static Line line(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        List<Float> xs = new ArrayList<>();
        float end = 0;
        float size = 0;
        for (TextPosition g : glyphs) {
            // Each glyph of our fonts is one precomposed letter, so normalising glyph by glyph keeps x per char.
            // A no-break space reads as a space; one char for one, so charX stays aligned.
            String u = nfc(g.getUnicode()).replace('\u00A0', ' ');
            for (int i = 0; i < u.length(); i++) {
                xs.add(g.getXDirAdj());
            }
            text.append(u);
            // A space the line breaker left at the end of a justified line is not ink: it may overhang.
            if (!u.isBlank()) {
                end = Math.max(end, g.getXDirAdj() + g.getWidthDirAdj());
            }
            size = Math.max(size, g.getFontSizeInPt());
        }
        return new Line(text.toString(), glyphs.get(0).getXDirAdj(), end, glyphs.get(0).getYDirAdj(), size, xs);
    }

    private static final class SegmentCollector extends PDFGraphicsStreamEngine {
        private final List<Segment> segments = new ArrayList<>();
        private final List<float[]> path = new ArrayList<>();
        private final float height;
        private Point2D current = new Point2D.Float();

        SegmentCollector(PDPage page) {
            super(page);
            this.height = page.getMediaBox().getHeight();
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
            current = new Point2D.Float(x, y);
        }

        @Override
        public void strokePath() {
            float w = getGraphicsState().getLineWidth();
            for (float[] s : path) {
                segments.add(new Segment(s[0], height - s[1], s[2], height - s[3], w));
            }
            path.clear();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
