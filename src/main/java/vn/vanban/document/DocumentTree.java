package vn.vanban.document;

import java.util.List;
import vn.vanban.text.VietnameseText;

/**
 * What a template says, independent of format: the tree both writers turn into a file.
 *
 * @param header null for a document without the header table (a bare list)
 */
public record DocumentTree(boolean landscape, Header header, List<Block> blocks) {

    public DocumentTree {
        blocks = List.copyOf(blocks);
    }

    /** The issuing body as its header prints it ("ỦY BAN NHÂN DÂN XÃ GIAO LONG"); empty without a header. */
    public String issuer() {
        return header == null ? "" : VietnameseText.squeeze(String.join(" ", header.issuerLines()));
    }

    /**
     * What the document is called in its file's metadata: a công văn's V/v (a title block inside it
     * belongs to an appendix, "Phụ lục"), else the first tên loại and trích yếu ("QUYẾT ĐỊNH Về việc …");
     * empty when it has neither.
     */
    public String title() {
        if (header != null && !header.letterSubjectLines().isEmpty()) {
            return String.join(" ", header.letterSubjectLines());
        }
        for (Block block : blocks) {
            if (block instanceof TitleBlock t) {
                StringBuilder sb = new StringBuilder(t.type() == null ? "" : t.type());
                t.subjectLines().forEach(line -> sb.append(sb.isEmpty() ? "" : " ").append(line));
                return VietnameseText.squeeze(sb.toString());
            }
        }
        return "";
    }
}
