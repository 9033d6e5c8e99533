package vn.vanban.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
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
 * Pours one document into the pages, block by block, through one {@link ColumnText} the size of the
 * text area. OpenPDF's own page flow is not used: it draws paragraph spacing as a blank line holding a
 * space glyph, which text extraction and copy-and-paste then find in the middle of the next line.
 * One instance per document.
 *
 * <p>Longer than our other classes on purpose: every block kind moves the same column position and
 * page-top state, and splitting the kinds into classes would hand that mutable state around.
 */
final class BodyFlow {

    static final String KINH_GUI = vn.vanban.document.Addressees.LABEL;

    private final Typography type;
    private final Nd30Layout layout;
    private final com.lowagie.text.Document pdf;
    private final ColumnText column;
    private final float textWidth;
    private final FixedBlocks fixed;
    private final TableFlow tables;
    /** Room the last line set by OpenPDF still owes below its baseline (see {@link Typography#depth}). */
    private float owedDepth;
    /**
     * Least space the next block must keep from the one before: the title block is set off by its space
     * on both sides, so a table straight under it does not touch its rule.
     */
    private float gapBelow;
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
        this.column = newColumn(writer.getDirectContent());
        this.textWidth = pdf.right() - pdf.left();
        this.fixed = new FixedBlocks(type, textWidth);
        this.tables = new TableFlow(new TableBlock(type, textWidth), new Pages(writer), pdf.left(), pdf.right());
    }

    /** True when something was set; OpenPDF refuses to close a document without a page. */
    boolean wroteAnything() {
        return anything;
    }

    /** Sets the document; {@code moreRows} go after the rows of its first table. */
    void write(DocumentTree document, Iterator<TableRow> moreRows) throws DocumentException {
        Iterator<TableRow> streamed = moreRows;
        if (document.header() != null) {
            place(fixed.header(document.header()), 0);
        }
        List<Block> blocks = document.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block instanceof vn.vanban.document.Paragraph p && next instanceof Closing c) {
                paragraphWithClosing(p, c);
                i++;
            } else if (block instanceof vn.vanban.document.Paragraph p) {
                place(paragraph(p), type.style(p.role()));
            } else if (block instanceof TitleBlock t) {
                place(fixed.title(t), (float) layout.titleSpaceBeforePt());
                gapBelow = (float) layout.titleSpaceBeforePt();
            } else if (block instanceof Addressees a) {
                addressees(a);
            } else if (block instanceof Table t) {
                table(t, streamed);
                streamed = Collections.emptyIterator();
            } else if (block instanceof Closing c) {
                place(fixed.closing(c), fixed.closingSpaceBefore());
            } else if (block instanceof PageBreak) {
                if (!atPageTop) {
                    newPage();
                }
                if (PageBreak.startsAppendix(next) && writer.getPageEvent() instanceof PageNumbers numbers) {
                    numbers.restartAt(writer.getPageNumber());
                }
            }
        }
    }

    /**
     * Nơi nhận and the signature never stand alone at the top of a page: if the last paragraph and the
     * closing do not both fit in what is left of this page, both start the next one.
     */
    private void paragraphWithClosing(vn.vanban.document.Paragraph last, Closing closing) throws DocumentException {
        TextStyle style = type.style(last.role());
        if (!atPageTop && !fits(last, closing, column.getYLine()) && fits(last, closing, pdf.top())) {
            newPage();
        }
        place(paragraph(last), style);
        place(fixed.closing(closing), fixed.closingSpaceBefore());
    }

    /** Whether the paragraph and the closing both fit between {@code top} and the bottom margin. */
    private boolean fits(vn.vanban.document.Paragraph last, Closing closing, float top) throws DocumentException {
        ColumnText trial = newColumn(null);
        trial.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), top);
        trial.setAdjustFirstLine(top >= pdf.top());
        trial.addElement(paragraph(last));
        PdfPTable table = fixed.closing(closing);
        table.setSpacingBefore(type.depth(type.style(last.role())) + fixed.closingSpaceBefore());
        trial.addElement(table);
        return !ColumnText.hasMoreText(trial.go(true));
    }

    private void addressees(Addressees a) throws DocumentException {
        TextStyle style = type.style(TextRole.ADDRESSEE);
        if (a.single()) {
            place(paragraph(style, List.of(Run.plain(KINH_GUI + " " + a.names().get(0))), style.align(), 0), style);
            return;
        }
        float indent = Typography.pt(layout.addresseeIndentMm());
        Paragraph label = paragraph(style, List.of(Run.plain(KINH_GUI)), Align.LEFT, 0);
        label.setIndentationLeft(indent);
        label.setSpacingAfter(0);
        place(label, style);
        // The dashes stand under the colon, as Mẫu 1.5 shows; a long entry wraps under its text.
        float dashes = indent + type.width(KINH_GUI, style);
        float hang = type.width(Addressees.DASH, style);
        List<String> lines = a.dashedLines();
        for (int i = 0; i < lines.size(); i++) {
            Paragraph p = paragraph(style, List.of(Run.plain(lines.get(i))), Align.LEFT, -hang);
            p.setIndentationLeft(dashes + hang);
            p.setSpacingBefore(0);
            if (i < lines.size() - 1) {
                p.setSpacingAfter(0);
            }
            place(p, style);
        }
    }

    private Paragraph paragraph(vn.vanban.document.Paragraph p) {
        TextStyle style = type.style(p.role());
        Align align = p.align() != null ? p.align() : style.align();
        float indent = Boolean.FALSE.equals(p.indented()) ? 0 : Typography.pt(style.firstLineIndentMm());
        return paragraph(style, p.runs(), align, indent);
    }

    private Paragraph paragraph(TextStyle style, List<Run> runs, Align align, float firstLineIndent) {
        Paragraph p = new Paragraph();
        p.setFont(type.font(style, false, false));
        p.setLeading(type.lineHeight(style), 0);
        p.setAlignment(Typography.alignment(align));
        p.setFirstLineIndent(firstLineIndent);
        p.setSpacingBefore((float) style.spaceBeforePt());
        p.setSpacingAfter((float) style.spaceAfterPt());
        for (Run run : runs) {
            p.add(new Chunk(run.isLineBreak() ? "\n" : run.text(), type.font(style, run.bold(), run.italic())));
        }
        return p;
    }

    private void place(Paragraph p, TextStyle style) throws DocumentException {
        p.setSpacingBefore(Math.max(p.getSpacingBefore(), gapBelow));
        gapBelow = 0;
        flow(p);
        owedDepth = type.depth(style);
    }

    private void place(PdfPTable table, float spaceBefore) throws DocumentException {
        table.setSpacingBefore(owedDepth + Math.max(spaceBefore, gapBelow));
        gapBelow = 0;
        flow(table);
        owedDepth = 0;
    }

    /**
     * A table is set row by row rather than through the column, which would need all of its rows at
     * once; it keeps the space before that the column would give it.
     */
    private void table(Table table, Iterator<TableRow> moreRows) {
        float spaceBefore = owedDepth + Math.max((float) type.style(TextRole.TABLE_CELL).spaceBeforePt(), gapBelow);
        gapBelow = 0;
        float y = column.getYLine() - (atPageTop ? 0 : spaceBefore);
        float end = tables.place(table, moreRows, y, atPageTop);
        if (end != y) {
            column.setYLine(end);
            atPageTop = false;
            anything = true;
            owedDepth = 0;
        }
    }

    /** Sets the element, turning pages as long as some of it is left. */
    private void flow(Element element) throws DocumentException {
        column.addElement(element);
        while (true) {
            boolean fresh = atPageTop;
            column.setAdjustFirstLine(fresh);
            int status = column.go();
            boolean placed = column.getYLine() < pdf.top();
            if (placed) {
                atPageTop = false;
                anything = true;
            }
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            if (fresh && !placed) {
                throw new DocumentException("a block is taller than a page and cannot be split");
            }
            newPage();
        }
    }

    private void newPage() {
        pdf.newPage();
        column.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top());
        atPageTop = true;
        owedDepth = 0;
        gapBelow = 0;
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

    private ColumnText newColumn(com.lowagie.text.pdf.PdfContentByte canvas) {
        ColumnText c = new ColumnText(canvas);
        c.setSimpleColumn(pdf.left(), pdf.bottom(), pdf.right(), pdf.top());
        // Justify with word spacing only, as Word does, instead of also spreading the letters apart.
        c.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        return c;
    }
}
