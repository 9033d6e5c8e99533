package vn.vanban.render;

import java.io.OutputStream;
import java.util.Collections;
import java.util.Iterator;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TableRow;

/**
 * A writer that takes the rows of a document's first table as a stream. A list of a whole province is
 * written from a small document (its title, the header row and the column widths) and rows that arrive
 * one at a time: each is written and let go, so the heap holds a page of rows, never the list.
 */
public interface RowStreamWriter extends DocumentWriter {

    /**
     * Writes {@code frame} with {@code moreRows} added, in order, after the rows of its first table.
     * {@code out} is left open.
     */
    void write(DocumentTree frame, Iterator<TableRow> moreRows, OutputStream out);

    @Override
    default void write(DocumentTree document, OutputStream out) {
        write(document, Collections.emptyIterator(), out);
    }
}
