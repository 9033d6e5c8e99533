package vn.vanban.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import vn.vanban.document.DocumentTree;
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
    private final PdfDocumentWriter pdf;

    public Writers(Nd30Layout layout, DocumentFonts fonts) {
        pdf = new PdfDocumentWriter(layout, fonts);
        byFormat.put(OutputFormat.PDF, pdf);
        byFormat.put(OutputFormat.DOCX, new DocxDocumentWriter(layout, fonts));
        byFormat.put(OutputFormat.XLSX, new XlsxWriter(layout, fonts));
    }

    public RowStreamWriter of(OutputFormat format) {
        return byFormat.get(format);
    }

    /**
     * A part of the document that no page can hold, in any format: measured as the PDF sets it, whose
     * metrics the DOCX shares, so that a DOCX is refused where its PDF twin would be.
     */
    public Optional<OversizedBlock> oversizedBlock(DocumentTree document) {
        return pdf.oversizedBlock(document);
    }
}
