package vn.vanban.render.docx;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Addressees;
import vn.vanban.document.Block;
import vn.vanban.document.Closing;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.PageBreak;
import vn.vanban.document.Paragraph;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.document.TitleBlock;
import vn.vanban.layout.PageSpec;
import vn.vanban.layout.TextRole;
import vn.vanban.render.ooxml.Xml;

/** word/document.xml: the header table, the blocks in reading order, and the page setup. */
final class DocumentPart {

    // Numbered ids: docx4j and others parse "rId<n>" to pick the next free id.
    static final String HEADER_DEFAULT_ID = "rId4";
    static final String HEADER_FIRST_ID = "rId5";
    static final String NUMBERING_ID = "rId6";

    private final DocxContext ctx;
    private final Xml x;
    private final TextBlocks text;
    private int appendixSections;
    private boolean landscape;

    DocumentPart(DocxContext ctx, Xml x) {
        this.ctx = ctx;
        this.x = x;
        this.text = new TextBlocks(ctx, x);
    }

    /** Writes the part; {@code moreRows} go after the rows of the document's first table. */
    void write(DocumentTree document, Iterator<TableRow> moreRows) {
        x.raw(PackageParts.XML_DECLARATION)
                .raw("<w:document xmlns:w=\"").raw(PackageParts.W_NS).raw("\" xmlns:r=\"").raw(PackageParts.R_NS)
                .raw("\"><w:body>");
        landscape = document.landscape();
        if (document.header() != null) {
            new HeaderTable(ctx, x).write(document.header());
        }
        boolean endsInTable = blocks(document.blocks(), document.header() != null, moreRows);
        if (endsInTable) {
            // Word wants the body to end in a paragraph; a tiny one cannot spill onto a new page.
            Paragraphs.empty(x, ctx.tiny());
        }
        sectionProperties(document.landscape(), appendixSections > 0);
        x.raw("</w:body></w:document>");
    }

    /** Writes the blocks; returns whether the last thing written was a table. */
    private boolean blocks(List<Block> blocks, boolean afterTable, Iterator<TableRow> moreRows) {
        boolean lastWasTable = afterTable;
        Iterator<TableRow> streamed = moreRows;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean isTable = block instanceof Table || block instanceof Closing;
            if (lastWasTable && isTable) {
                // Word and LibreOffice join two adjacent tables into one, borders and all.
                ParagraphFormat separator = ctx.tiny();
                Paragraphs.empty(x, block instanceof Closing ? separator.keepNext() : separator);
            }
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            block(block, next, streamed);
            if (block instanceof Table) {
                streamed = Collections.emptyIterator();
            }
            lastWasTable = isTable;
            x.drainIfFull();
        }
        return lastWasTable;
    }

    private void block(Block block, Block next, Iterator<TableRow> moreRows) {
        // "Trân trọng./." never goes to the signature's page alone: the text before it keeps with it.
        boolean beforeClosing = next instanceof Closing || next instanceof Paragraph n && n.role() == TextRole.CLOSING;
        if (block instanceof Paragraph p) {
            text.paragraph(p, beforeClosing);
        } else if (block instanceof TitleBlock t) {
            text.title(t, spaceBeforePt(next));
        } else if (block instanceof Addressees a) {
            text.addressees(a);
        } else if (block instanceof PageBreak) {
            if (PageBreak.startsAppendix(next)) {
                appendixBreak();
            } else {
                text.pageBreak();
            }
        } else if (block instanceof Table t) {
            new DataTable(ctx, x).write(t, moreRows, beforeClosing);
        } else if (block instanceof Closing c) {
            new ClosingTable(ctx, x).write(c);
        }
    }

    /** The space a block writes above itself; a table writes none, its cells' spacing is inside it. */
    private double spaceBeforePt(Block block) {
        if (block instanceof Paragraph p) {
            return ctx.style(p.role()).spaceBeforePt();
        } else if (block instanceof Addressees) {
            return ctx.style(TextRole.ADDRESSEE).spaceBeforePt();
        } else if (block instanceof TitleBlock) {
            return ctx.layout().titleSpaceBeforePt();
        } else if (block instanceof Closing) {
            return ClosingTable.spaceBeforePt(ctx);
        }
        return 0;
    }

    /**
     * Page size, orientation and margins from the layout; the first page uses the empty header, so
     * numbering shows from page 2 on, as the decree asks.
     */
    /**
     * An appendix is a section of its own: it starts a new page and counts its pages from 1, its first
     * page unnumbered. The section before it ends in a tiny paragraph that carries that section's setup.
     */
    private void appendixBreak() {
        x.raw("<w:p>");
        ParagraphFormat tiny = ctx.tiny();
        x.raw("<w:pPr>");
        tiny.writeSpacingAndIndent(x);
        sectionProperties(landscape, appendixSections > 0);
        x.raw("</w:pPr></w:p>");
        appendixSections++;
    }

    private void sectionProperties(boolean landscape, boolean restartNumbering) {
        PageSpec page = ctx.page();
        int headerDistance = Units.twipsFromMm(page.headerDistanceMm());
        x.raw("<w:sectPr>")
                .raw("<w:headerReference w:type=\"default\" r:id=\"").raw(HEADER_DEFAULT_ID).raw("\"/>")
                .raw("<w:headerReference w:type=\"first\" r:id=\"").raw(HEADER_FIRST_ID).raw("\"/>")
                .raw("<w:pgSz").attr("w:w", Units.twipsFromMm(page.widthMm()))
                .attr("w:h", Units.twipsFromMm(page.heightMm()));
        if (landscape) {
            x.raw(" w:orient=\"landscape\"");
        }
        // No footer is printed; its distance mirrors the header's because the schema requires one.
        x.raw("/><w:pgMar").attr("w:top", Units.twipsFromMm(page.topMm()))
                .attr("w:right", Units.twipsFromMm(page.rightMm()))
                .attr("w:bottom", Units.twipsFromMm(page.bottomMm()))
                .attr("w:left", Units.twipsFromMm(page.leftMm()))
                .attr("w:header", headerDistance).attr("w:footer", headerDistance).attr("w:gutter", 0).raw("/>");
        if (restartNumbering) {
            x.raw("<w:pgNumType w:start=\"1\"/>");
        }
        x.raw("<w:titlePg/></w:sectPr>");
    }
}
