package vn.vanban.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Addressees;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Run;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.Align;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.layout.TextStyle;

/**
 * Pours one document into the pages, block by block, with the page rules Word and LibreOffice apply to
 * the DOCX, so that both formats break pages at the same lines: the space between two blocks is the
 * larger of the space after the first and the space before the second, and none at the top of a page;
 * a line fits while its box (baseline plus descent) stays above the bottom margin; widow and orphan
 * control (never one line of a paragraph alone at the foot or the head of a page); headings, the title
 * and "Kính gửi" kept with what follows; the last paragraph kept with Nơi nhận and the signature.
 *
 * <p>Paragraphs are broken and drawn by {@link ParagraphLines}; this class decides how many lines go on
 * each page and sets every spacing itself: OpenPDF's own page flow draws paragraph spacing as a blank
 * line holding a space glyph, which text extraction then finds in the middle of the next line.
 * One instance per document.
 *
 * <p>Longer than our other classes on purpose: every block kind moves the same position and page-top
 * state, and splitting the kinds into classes would hand that mutable state around.
 */
final class BodyFlow {

    static final String KINH_GUI = vn.vanban.document.Addressees.LABEL;

    /** Lines of a paragraph that Word's widow and orphan control keeps together at a page break. */
    private static final int WIDOW_LINES = 2;

    private final Typography type;
    private final Nd30Layout layout;
    private final com.lowagie.text.Document pdf;
    private final com.lowagie.text.pdf.PdfContentByte canvas;
    private final FixedBlocks fixed;
    private final TableFlow tables;
    /** The bottom of the last thing set on the page (a line box, a table), or the top margin. */
    private float bottom;
    /** Space after of the block above, to be merged with the next block's space before. */
    private float spaceAfter;
    /**
     * Least space the title leaves under itself, counting the next block's own space before: Word
     * receives it as the title rule's space after plus what the next block lacks of it.
     */
    private float titleFloor;
    /** Nothing is on the page yet: space before is dropped and an oversized table row may split. */
    private boolean atPageTop = true;
    private boolean anything;

    /** Whose page event numbers the pages: an appendix restarts it. */
    private final PdfWriter writer;

    BodyFlow(Typography type, com.lowagie.text.Document pdf, PdfWriter writer) {
        this.type = type;
        this.layout = type.layout();
        this.pdf = pdf;
        this.writer = writer;
        this.canvas = writer.getDirectContent();
        float textWidth = pdf.right() - pdf.left();
        this.fixed = new FixedBlocks(type, textWidth);
        this.tables = new TableFlow(new TableBlock(type, textWidth), new Pages(writer), pdf.left(), pdf.right());
        this.bottom = pdf.top();
    }

    /** True when something was set; OpenPDF refuses to close a document without a page. */
    boolean wroteAnything() {
        return anything;
    }

    /** Sets the document; {@code moreRows} go after the rows of its first table. */
    void write(DocumentTree document, Iterator<TableRow> moreRows) throws DocumentException {
        Iterator<TableRow> streamed = moreRows;
        if (document.header() != null) {
            block(fixed.header(document.header()), 0);
        }
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof vn.vanban.document.Paragraph p) {
                TextStyle style = type.style(p.role());
                text(paragraph(p), style, (float) style.spaceBeforePt(), (float) style.spaceAfterPt(),
                        keepsWithNext(block, blocks, i) ? below(blocks, i) : null);
            } else if (block instanceof TitleBlock t) {
                title(t, below(blocks, i));
            } else if (block instanceof Addressees a) {
                addressees(a, below(blocks, i));
            } else if (block instanceof Table t) {
                table(t, streamed);
                streamed = Collections.emptyIterator();
            } else if (block instanceof Closing c) {
                block(fixed.closing(c), fixed.closingSpaceBefore());
            } else if (block instanceof PageBreak) {
                if (!atPageTop) {
                    newPage();
                }
                if (PageBreak.startsAppendix(i + 1 < blocks.size() ? blocks.get(i + 1) : null) && writer.getPageEvent() instanceof PageNumbers numbers) {
                    numbers.restartAt(writer.getPageNumber());
                }
            }
        }
    }

    /**
     * The blocks the DOCX marks "keep with next": headings and "QUYẾT ĐỊNH:" (as its paragraph writer
     * does), the paragraph before Nơi nhận and the signature, and the one before "Trân trọng./.", so
     * that the signature's page holds more than that one line of text.
     */
    private static boolean keepsWithNext(Block block, List<Block> blocks, int i) {
        if (block instanceof vn.vanban.document.Paragraph p
                && (p.role() == TextRole.HEADING || p.role() == TextRole.DECIDES)) {
            return true;
        }
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        return next instanceof Closing
                || next instanceof vn.vanban.document.Paragraph n && n.role() == TextRole.CLOSING;
    }

    /**
     * The height that must follow block {@code i} on its page: the next block's space before and its
     * first part (all of a heading or the closing, the lines of a paragraph that widow control will not
     * part), and so on down a chain of blocks kept with their next.
     */
    private float below(List<Block> blocks, int i) throws DocumentException {
        if (i + 1 >= blocks.size()) {
            return 0;
        }
        Block next = blocks.get(i + 1);
        if (next instanceof vn.vanban.document.Paragraph p) {
            TextStyle style = type.style(p.role());
            int lines = paragraph(p).size();
            boolean kept = keepsWithNext(next, blocks, i + 1);
            int needed = kept || lines <= 2 * WIDOW_LINES - 1 ? lines : WIDOW_LINES;
            float own = (float) style.spaceBeforePt() + needed * type.lineHeight(style);
            return kept ? own + below(blocks, i + 1) : own;
        }
        if (next instanceof Closing c) {
            return fixed.closingSpaceBefore() + fixed.closing(c).calculateHeights(true);
        }
        return 0;
    }

    /** Tên loại, trích yếu and its rule, kept with the first lines of what follows. */
    private void title(TitleBlock t, float keep) throws DocumentException {
        FixedBlocks.Title title = fixed.title(t);
        float before = (float) layout.titleSpaceBeforePt();
        float height = title.table().calculateHeights(true);
        if (!atPageTop && gap(before) + height + title.spaceBelow() + keep > room() && fitsOnEmptyPage(height + keep)) {
            newPage();
        }
        block(title.table(), before);
        spaceAfter = title.spaceBelow();
        titleFloor = before;
    }

    private void addressees(Addressees a, float keep) throws DocumentException {
        TextStyle style = type.style(TextRole.ADDRESSEE);
        float before = (float) style.spaceBeforePt();
        float after = (float) style.spaceAfterPt();
        if (a.single()) {
            text(paragraph(style, List.of(Run.plain(KINH_GUI + " " + a.names().get(0))), style.align(), 0, 0),
                    style, before, after, keep);
            return;
        }
        float indent = Typography.pt(layout.addresseeIndentMm());
        ParagraphLines label = paragraph(style, List.of(Run.plain(KINH_GUI)), Align.LEFT, indent, 0);
        List<String> lines = a.dashedLines();
        float rest = lines.size() * type.lineHeight(style) + after + keep;
        text(label, style, before, 0, rest);
        // The dashes stand under the colon, as Mẫu 1.5 shows; a long entry wraps under its text.
        float dashes = indent + type.width(KINH_GUI, style);
        float hang = type.width(Addressees.DASH, style);
        for (int i = 0; i < lines.size(); i++) {
            ParagraphLines p = paragraph(style, List.of(Run.plain(lines.get(i))), Align.LEFT, dashes + hang, -hang);
            boolean last = i == lines.size() - 1;
            rest -= type.lineHeight(style);
            text(p, style, 0, last ? after : 0, last ? keep : rest);
        }
    }

    private ParagraphLines paragraph(vn.vanban.document.Paragraph p) {
        TextStyle style = type.style(p.role());
        Align align = p.align() != null ? p.align() : style.align();
        float indent = Boolean.FALSE.equals(p.indented()) ? 0 : Typography.pt(style.firstLineIndentMm());
        return paragraph(style, p.runs(), align, 0, indent);
    }

    /** A paragraph without spacing of its own: {@link #text} places it. */
    private ParagraphLines paragraph(TextStyle style, List<Run> runs, Align align, float leftIndent,
                                     float firstLineIndent) {
        List<ParagraphLines.Piece> pieces = new java.util.ArrayList<>();
        for (Run run : runs) {
            pieces.add(new ParagraphLines.Piece(run.isLineBreak() ? "\n" : run.text(),
                    type.face(style, run.bold(), run.italic()), type.size(style)));
        }
        return ParagraphLines.of(pieces, align, pdf.right() - pdf.left(), leftIndent, firstLineIndent,
                type.breakAllowance(style));
    }

    /**
     * Sets a paragraph, turning pages as Word does. {@code keep}: the height that must follow it on the
     * page of its last line (it is kept with its next block), or null.
     */
    private void text(ParagraphLines p, TextStyle style, float before, float after, Float keep) throws DocumentException {
        float line = type.lineHeight(style);
        int total = p.size();
        if (!atPageTop && keep != null) {
            float whole = gap(before) + total * line;
            if (whole + keep > room() && fitsOnEmptyPage(total * line + keep)) {
                newPage();
            }
        }
        int left = total;
        boolean first = true;
        while (left > 0) {
            float top = bottom - (first && !atPageTop ? gap(before) : 0);
            int fit = linesFitting(top, style);
            int set = Math.min(fit, left);
            if (set < left) {
                if (left - set == 1 && set > 1) {
                    set--;
                }
                if (set < WIDOW_LINES && !atPageTop) {
                    newPage();
                    first = false;
                    continue;
                }
                if (set == 0) {
                    throw new DocumentException("a block is taller than a page and cannot be split");
                }
            }
            setLines(top, style, p, total - left, set);
            left -= set;
            first = false;
            if (left > 0) {
                newPage();
            }
        }
        spaceAfter = after;
        titleFloor = 0;
    }

    /** How many lines of {@code style} fit between the box edge {@code top} and the bottom margin. */
    private int linesFitting(float top, TextStyle style) {
        float room = top - pdf.bottom();
        return room < 0 ? 0 : (int) Math.floor((room + 0.01f) / type.lineHeight(style));
    }

    /** Sets lines {@code from} to {@code from + count - 1} of {@code p}, the first line box's top at {@code top}. */
    private void setLines(float top, TextStyle style, ParagraphLines p, int from, int count) {
        float line = type.lineHeight(style);
        float firstBaseline = top - type.baseline(style);
        p.draw(canvas, from, count, pdf.left(), firstBaseline, line);
        bottom = firstBaseline - (count - 1) * line - type.descent(style);
        atPageTop = false;
        anything = true;
    }

    /** Sets a block that never splits (header, title, closing), on the next page if it does not fit here. */
    private void block(PdfPTable table, float before) throws DocumentException {
        float height = table.calculateHeights(true);
        if (!atPageTop && gap(before) + height > room()) {
            newPage();
        }
        float top = bottom - (atPageTop ? 0 : gap(before));
        if (top - height < pdf.bottom() - 0.01f) {
            throw new DocumentException("a block is taller than a page and cannot be split");
        }
        table.writeSelectedRows(0, -1, pdf.left(), top, canvas);
        bottom = top - height;
        spaceAfter = 0;
        titleFloor = 0;
        atPageTop = false;
        anything = true;
    }

    /**
     * A table is set row by row, which would need all of its rows at once through the column; it keeps
     * the space before that a paragraph would give it.
     */
    private void table(Table table, Iterator<TableRow> moreRows) {
        float before = (float) type.style(TextRole.TABLE_CELL).spaceBeforePt();
        float y = bottom - (atPageTop ? 0 : gap(before));
        float end = tables.place(table, moreRows, y, atPageTop);
        if (end != y) {
            bottom = end;
            atPageTop = false;
            anything = true;
            spaceAfter = 0;
            titleFloor = 0;
        }
    }

    /** The space between the block above and one asking for {@code before}. */
    private float gap(float before) {
        return Math.max(before, spaceAfter + Math.max(0, titleFloor - before));
    }

    private float room() {
        return bottom - pdf.bottom();
    }

    private boolean fitsOnEmptyPage(float height) {
        return height <= pdf.top() - pdf.bottom();
    }

    private void newPage() {
        pdf.newPage();
        bottom = pdf.top();
        atPageTop = true;
        spaceAfter = 0;
        titleFloor = 0;
    }

    /** The pages as the row-by-row table setter sees them. */
    private final class Pages implements TableFlow.Pages {

        private final PdfWriter writer;

        Pages(PdfWriter writer) {
            this.writer = writer;
        }

        @Override
        public float top() {
            return pdf.top();
        }

        @Override
        public float bottom() {
            return pdf.bottom();
        }

        @Override
        public void turn() {
            newPage();
        }

        @Override
        public com.lowagie.text.pdf.PdfContentByte canvas() {
            return writer.getDirectContent();
        }
    }
}
