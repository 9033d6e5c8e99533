package vn.vanban.render;

import java.io.OutputStream;
import vn.vanban.document.DocumentTree;

/** Turns the format-independent document tree into one file format. */
@FunctionalInterface
public interface DocumentWriter {

    void write(DocumentTree document, OutputStream out);
}
