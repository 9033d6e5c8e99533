package vn.vanban.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TableRow;

/**
 * Another way to the same DOCX, timed beside vanban's writer: a Word template with tags, filled by a
 * template engine. The sections that time it know only this; the engine's own API (poi-tl, in
 * {@code poitl}) stays in one place.
 */
public interface DocxTemplateFiller {

    /** The engine and its version, for the report. */
    String name();

    /**
     * Writes a decision with the texts of {@code decision} (vanban's document tree of the same data)
     * through a template of the same shape: header table, title, căn cứ, articles, Nơi nhận and signature.
     */
    void decision(DocumentTree decision, OutputStream out) throws IOException;

    /** Writes a list under the title and header row of {@code frame}, a template row filled once per row. */
    void memberList(DocumentTree frame, Iterator<TableRow> rows, OutputStream out) throws IOException;
}
