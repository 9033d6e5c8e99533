package vn.vanban.render;

import java.util.EnumMap;
import java.util.Map;
import vn.vanban.fonts.DocumentFonts;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.render.docx.DocxDocumentWriter;
import vn.vanban.render.pdf.PdfDocumentWriter;
import vn.vanban.render.xlsx.XlsxWriter;

/**
 * The writer of each output format, built once from one layout and one set of fonts: the only place
 * that knows which class writes which format. Every writer takes a table's rows as a stream.
 */
public final class Writers {

    private final Map<OutputFormat, RowStreamWriter> byFormat = new EnumMap<>(OutputFormat.class);

    public Writers(Nd30Layout layout, DocumentFonts fonts) {
        byFormat.put(OutputFormat.PDF, new PdfDocumentWriter(layout, fonts));
        byFormat.put(OutputFormat.DOCX, new DocxDocumentWriter(layout, fonts));
        byFormat.put(OutputFormat.XLSX, new XlsxWriter(layout, fonts));
    }

    public RowStreamWriter of(OutputFormat format) {
        return byFormat.get(format);
    }
}
