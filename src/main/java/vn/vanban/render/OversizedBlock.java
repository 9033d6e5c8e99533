package vn.vanban.render;

import vn.vanban.document.Closing;
import vn.vanban.document.TitleBlock;

/**
 * A part of a document that the decree keeps in one piece (the header, tên loại and trích yếu, Nơi nhận
 * with the signature) and that is taller than a page, so no page can hold it.
 *
 * @param part what it is: {@code HEADER}, {@code TITLE} or {@code CLOSING}
 * @param text its printed text, lines joined by spaces, to find the data it came from
 */
public record OversizedBlock(Part part, String text) {

    public enum Part {
        HEADER, TITLE, CLOSING;

        public static Part of(Object block) {
            if (block instanceof TitleBlock) {
                return TITLE;
            }
            return block instanceof Closing ? CLOSING : HEADER;
        }
    }
}
