package vn.vanban.document.markup;

import org.w3c.dom.Element;

/** Reads one element of the vocabulary into the blocks (or other state) of the current read. */
@FunctionalInterface
interface ElementReader {

    void read(Element e, Reading reading);
}
