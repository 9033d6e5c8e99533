package vn.vanban.document;

/** The rest starts on a new page. */
public record PageBreak() implements Block {

    /**
     * Whether a page break followed by {@code next} starts an appendix: its pages are numbered on their
     * own, from 1, the first page unnumbered like a document's first page (Nghị định 30, Phụ lục I).
     */
    public static boolean startsAppendix(Block next) {
        return next instanceof TitleBlock t && t.isAppendix();
    }
}
