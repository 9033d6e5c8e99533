package vn.vanban.document.markup;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import vn.vanban.document.Block;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.Header;

/**
 * State of one read. Nơi nhận may point to an article that comes after it ("Như Điều n"), so
 * recipients and signature are only remembered where they appear and read into the closing at the end.
 */
final class Reading {

    private final List<Block> blocks = new ArrayList<>();
    private Header header;
    private int articleCount;
    private int executorsArticle;
    private Element recipients;
    private Element signature;
    private int closingIndex = -1;

    void add(Block block) {
        blocks.add(block);
    }

    void header(Header header) {
        this.header = header;
    }

    /** The number of the next Điều; the executors article is the one "Như Điều n" names. */
    int nextArticle(boolean executors) {
        int number = ++articleCount;
        if (executors) {
            executorsArticle = number;
        }
        return number;
    }

    void recipients(Element e) {
        recipients = e;
        markClosing();
    }

    void signature(Element e) {
        signature = e;
        markClosing();
    }

    DocumentTree tree(boolean landscape) {
        if (closingIndex >= 0) {
            int article = executorsArticle > 0 ? executorsArticle : articleCount;
            blocks.add(closingIndex, ClosingReader.closing(recipients, signature, article));
        }
        return new DocumentTree(landscape, header, blocks);
    }

    private void markClosing() {
        if (closingIndex < 0) {
            closingIndex = blocks.size();
        }
    }
}
