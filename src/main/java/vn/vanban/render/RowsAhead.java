package vn.vanban.render;

import java.util.Iterator;
import java.util.List;
import vn.vanban.document.TableRow;

/**
 * The body rows of a table, the document's own followed by streamed ones, with a look at the next row:
 * how a row is ruled at its bottom depends on whether the row below merges into it, so every writer
 * needs exactly one row of lookahead and never more.
 */
public final class RowsAhead {

    private final Iterator<TableRow> own;
    private final Iterator<TableRow> streamed;
    private TableRow next;

    public RowsAhead(List<TableRow> own, Iterator<TableRow> streamed) {
        this.own = own.iterator();
        this.streamed = streamed;
        this.next = pull();
    }

    public boolean hasNext() {
        return next != null;
    }

    public TableRow next() {
        if (next == null) {
            throw new java.util.NoSuchElementException();
        }
        TableRow row = next;
        next = pull();
        return row;
    }

    /** The row {@link #next()} will return, or null at the end. */
    public TableRow peek() {
        return next;
    }

    private TableRow pull() {
        if (own.hasNext()) {
            return own.next();
        }
        return streamed.hasNext() ? streamed.next() : null;
    }
}
