package vn.vanban.document;

import java.util.List;

/**
 * What a template says, independent of format: the tree both writers turn into a file.
 *
 * @param header null for a document without the header table (a bare list)
 */
public record DocumentTree(boolean landscape, Header header, List<Block> blocks) {

    public DocumentTree {
        blocks = List.copyOf(blocks);
    }
}
