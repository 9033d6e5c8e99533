package vn.vanban.render.docx;

import com.lowagie.text.pdf.BaseFont;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.TextMeasure;
import vn.vanban.layout.TextStyle;

/**
 * Ascent and descent of the document font. The DOCX needs them where it must put things where the PDF
 * writer puts them: a rule one descender depth under its text (clear of ộ, ự), Nơi nhận on the baseline
 * of the signer's title. {@link TextMeasure} only knows widths, so they come from {@link DocumentFonts};
 * with any other measure they are zero and rules sit straight under their text.
 */
final class FontHeights {

    private final DocumentFonts fonts;

    FontHeights(TextMeasure measure) {
        this.fonts = measure instanceof DocumentFonts f ? f : null;
    }

    double ascentPt(TextStyle style) {
        return metric(style, BaseFont.AWT_ASCENT);
    }

    /** Depth of the descenders below the baseline, positive. */
    double descentPt(TextStyle style) {
        return -metric(style, BaseFont.AWT_DESCENT);
    }

    private double metric(TextStyle style, int key) {
        if (fonts == null) {
            return 0;
        }
        return fonts.face(style.bold(), style.italic()).getFontDescriptor(key, (float) style.sizePt());
    }
}
