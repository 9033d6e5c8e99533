package vn.vanban.render.xlsx;

import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import vn.vanban.document.Block;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Table;
import vn.vanban.document.TableRow;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextMeasure;
import vn.vanban.render.RowStreamWriter;
import vn.vanban.render.ooxml.CoreProperties;
import vn.vanban.render.ooxml.PartsZip;
import vn.vanban.render.ooxml.Xml;

/**
 * Writes the first table of a {@link DocumentTree}, under its title, as an .xlsx of one sheet: header rows
 * frozen and printed on every page, merged groups as merged cells, rows as tall as their wrapped text,
 * the layout's font, and the decree's margins and page numbers for printing.
 *
 * <p>SpreadsheetML is streamed as text into the zip, as the DOCX is, rather than through Apache POI:
 * POI's streaming SXSSF also writes every row to a temporary file and copies it into the zip at the end,
 * and a list is a single sheet of plain rows, which needs none of POI's model.
 *
 * <p>Thread-safe.
 */
public final class XlsxWriter implements RowStreamWriter {

    private static final Table NO_TABLE = new Table(List.of(), List.of());

    private final Nd30Layout layout;
    private final RowHeights heights;
    private final Clock clock;
    private final String styles;

    /** @param measure the document font's widths, with which rows are made as tall as their wrapped text */
    public XlsxWriter(Nd30Layout layout, TextMeasure measure) {
        this(layout, measure, Clock.systemUTC());
    }

    XlsxWriter(Nd30Layout layout, TextMeasure measure, Clock clock) {
        this.layout = layout;
        this.heights = new RowHeights(measure);
        this.clock = clock;
        this.styles = SheetStyles.xml(layout);
    }

    /** Writes the package to {@code out}, which is left open. */
    @Override
    public void write(DocumentTree document, Iterator<TableRow> moreRows, OutputStream out) {
        Table table = firstTable(document);
        TitleLines title = TitleLines.of(document);
        PartsZip zip = new PartsZip(out);
        zip.put("[Content_Types].xml", WorkbookParts.contentTypes());
        zip.put("_rels/.rels", WorkbookParts.packageRelationships());
        zip.put("xl/workbook.xml", table.headerRows() == 0 ? WorkbookParts.workbook(0, 0)
                : WorkbookParts.workbook(title.rows() + 1, title.rows() + table.headerRows()));
        zip.put("xl/_rels/workbook.xml.rels", WorkbookParts.workbookRelationships());
        zip.put("xl/styles.xml", styles);
        zip.put("docProps/app.xml", WorkbookParts.app());
        zip.put("docProps/core.xml", CoreProperties.of(document, clock.instant()));
        Xml xml = zip.stream("xl/worksheets/sheet1.xml");
        new SheetPart(xml, layout, heights, document.landscape()).write(title, table, moreRows);
        zip.endStream(xml);
        zip.finish();
    }

    private static Table firstTable(DocumentTree document) {
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                return table;
            }
        }
        return NO_TABLE;
    }
}
