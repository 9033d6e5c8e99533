package vn.vanban.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.document.Block;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TitleBlock;

/**
 * What of a document goes above its table in a sheet: the tên loại, the trích yếu lines and the
 * "(Kèm theo …)" line, one row each, centred across the table. The header table (issuing body, Quốc
 * hiệu) and the signature belong to the paper document, not to a sheet of data.
 */
record TitleLines(List<String> texts, List<Integer> styles) {

    static TitleLines of(DocumentTree document) {
        List<String> texts = new ArrayList<>();
        List<Integer> styles = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof TitleBlock title) {
                add(texts, styles, title.type(), SheetStyles.TITLE);
                title.subjectLines().forEach(line -> add(texts, styles, line, SheetStyles.SUBJECT));
                add(texts, styles, title.reference(), SheetStyles.REFERENCE);
                break;
            }
        }
        return new TitleLines(List.copyOf(texts), List.copyOf(styles));
    }

    /** Rows the title takes, with the empty row that sets it off from the table. */
    int rows() {
        return texts.isEmpty() ? 0 : texts.size() + 1;
    }

    /**
     * The title's no-break spaces bind phrases for the paged writers' line breaks (text.Phrases); a sheet
     * cell is wrapped by the spreadsheet program, and its text stays plain for search and import.
     */
    private static void add(List<String> texts, List<Integer> styles, String text, int style) {
        if (text != null && !text.isBlank()) {
            texts.add(text.replace('\u00A0', ' '));
            styles.add(style);
        }
    }
}
