package vn.vanban.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTextArray;
import java.util.ArrayList;
import java.util.List;
import vn.vanban.layout.Align;

/**
 * A paragraph broken into lines and drawn by hand. OpenPDF's own justification (ColumnText through
 * PdfDocument.writeLineToContent) lets a final . , ; : ' hang 0.4 of its width past the right edge, with
 * no setting to turn it off; Word and LibreOffice end a justified line at the margin, punctuation included.
 * So the lines are broken where OpenPDF broke them (the PDF and the DOCX laid out by LibreOffice agree on
 * every line of the sweep with those breaks) and justified here with word spacing only, as Word does.
 *
 * <p>Breaking follows OpenPDF's: a line takes characters while they fit (a space need not), then goes back
 * to its last split character (a space or control character, which is dropped, or a hyphen, which stays); a no-break space
 * never splits. A "\n" ends a line that is not justified; so does the end of the paragraph.
 */
final class ParagraphLines {

    /** A piece of text in one face and size. */
    record Piece(String text, BaseFont face, float size) {
    }

    /** One line: its pieces, its natural width, where it starts and whether it is spread to the margin. */
    record Line(List<Piece> pieces, float width, float indent, float room, boolean justified) {
    }

    private final List<Line> lines;
    private final Align align;
    private final float breakRight;

    private ParagraphLines(List<Line> lines, Align align, float breakRight) {
        this.lines = lines;
        this.align = align;
        this.breakRight = breakRight;
    }

    /**
     * Breaks {@code pieces} into lines of {@code width} less the indents; {@code breakRight} is room kept
     * free at the end of every line for breaking only (see {@link Typography#breakAllowance}): a justified
     * line still reaches the full width.
     */
    static ParagraphLines of(List<Piece> pieces, Align align, float width, float leftIndent, float firstIndent,
                             float breakRight) {
        StringBuilder text = new StringBuilder();
        List<Piece> owner = new ArrayList<>();
        for (Piece piece : pieces) {
            text.append(piece.text());
            for (int i = 0; i < piece.text().length(); i++) {
                owner.add(piece);
            }
        }
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            boolean first = lines.isEmpty();
            float indent = leftIndent + (first ? firstIndent : 0);
            float room = width - indent;
            float left = room - breakRight;
            int i = pos;
            int lastSplit = -1;
            int lastBound = -1;
            while (i < n && text.charAt(i) != '\n') {
                char c = text.charAt(i);
                float w = charWidth(owner.get(i), c);
                if (left - w < 0) {
                    if (c == ' ') {
                        // A space need not fit: the line ends before it.
                        lastSplit = i;
                    }
                    break;
                }
                if (splits(c)) {
                    lastSplit = i;
                } else if (c == '\u00A0') {
                    lastBound = i;
                }
                left -= w;
                i++;
            }
            int end;
            int next;
            boolean justified;
            if (i >= n || text.charAt(i) == '\n') {
                end = i;
                next = i + 1;
                justified = false;
            } else if (lastSplit < 0 && lastBound > pos) {
                // A bound phrase wider than the line breaks at a no-break space rather than overflow.
                end = lastBound;
                next = lastBound + 1;
                justified = true;
            } else if (lastSplit < 0) {
                // A word wider than the line: it is cut where it stops fitting, one character at least.
                end = Math.max(i, pos + 1);
                next = end;
                justified = true;
            } else {
                end = lastSplit + 1;
                next = end;
                justified = true;
            }
            while (end > pos && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\u00A0') {
                end--;
            }
            lines.add(line(text, owner, pos, end, indent, room, justified));
            pos = next;
        }
        return new ParagraphLines(List.copyOf(lines), align, breakRight);
    }

    int size() {
        return lines.size();
    }

    List<Line> lines() {
        return lines;
    }

    /**
     * Draws lines {@code from} to {@code from + count - 1}, the first baseline at {@code baseline}, one
     * {@code leading} apart, in a column starting at {@code x}.
     */
    void draw(PdfContentByte canvas, int from, int count, float x, float baseline, float leading) {
        canvas.beginText();
        for (int k = 0; k < count; k++) {
            Line line = lines.get(from + k);
            float slack = line.room() - line.width();
            // Centred and flush-right lines sit in the room they were broken in, as OpenPDF set them.
            float start = x + line.indent() + switch (align) {
                case CENTER -> (slack - breakRight) / 2;
                case RIGHT -> slack - breakRight;
                default -> 0;
            };
            int spaces = align == Align.JUSTIFY && line.justified() ? spaces(line) : 0;
            float extra = spaces > 0 ? slack / spaces : 0;
            canvas.setTextMatrix(start, baseline - k * leading);
            for (Piece piece : line.pieces()) {
                canvas.setFontAndSize(piece.face(), piece.size());
                if (extra == 0) {
                    canvas.showText(piece.text());
                } else {
                    canvas.showText(spread(piece, extra));
                }
            }
        }
        canvas.endText();
    }

    /** The piece with {@code extra} points after each of its spaces, in thousandths of its size. */
    private static PdfTextArray spread(Piece piece, float extra) {
        PdfTextArray array = new PdfTextArray();
        String text = piece.text();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                array.add(text.substring(start, i + 1));
                array.add(-extra * 1000 / piece.size());
                start = i + 1;
            }
        }
        if (start < text.length()) {
            array.add(text.substring(start));
        }
        return array;
    }

    private static int spaces(Line line) {
        int count = 0;
        for (Piece piece : line.pieces()) {
            for (int i = 0; i < piece.text().length(); i++) {
                if (piece.text().charAt(i) == ' ') {
                    count++;
                }
            }
        }
        return count;
    }

    private static Line line(CharSequence text, List<Piece> owner, int from, int to, float indent, float room,
                             boolean justified) {
        List<Piece> pieces = new ArrayList<>();
        float width = 0;
        int i = from;
        while (i < to) {
            Piece piece = owner.get(i);
            int j = i;
            while (j < to && owner.get(j) == piece) {
                width += charWidth(piece, text.charAt(j));
                j++;
            }
            pieces.add(new Piece(text.subSequence(i, j).toString(), piece.face(), piece.size()));
            i = j;
        }
        return new Line(List.copyOf(pieces), width, indent, room, justified);
    }

    private static float charWidth(Piece piece, char c) {
        return piece.face().getWidthPoint(c, piece.size());
    }

    /** OpenPDF's split characters (DefaultSplitCharacter) as far as Vietnamese text meets them. */
    private static boolean splits(char c) {
        return c <= ' ' || c == '-' || c == '\u2010' || c >= '\u2002' && c <= '\u200B';
    }
}
