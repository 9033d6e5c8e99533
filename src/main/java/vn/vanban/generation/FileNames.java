package vn.vanban.generation;

import vn.vanban.render.OutputFormat;
import vn.vanban.document.Block;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TitleBlock;
import vn.vanban.text.Folding;
import vn.vanban.text.VietnameseText;

/** File names that keep the Vietnamese title, with a plain ASCII twin for old clients. */
public final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    public static String of(String title, OutputFormat format) {
        return of(title, format.extension());
    }

    public static String of(String title, String extension) {
        String base = VietnameseText.squeeze(VietnameseText.nfc(title == null ? "van-ban" : title))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).strip();
        }
        if (base.isBlank()) {
            base = "van-ban";
        }
        return base + "." + extension;
    }

    /**
     * What a document is called: "Quyết định Về việc …" from its title block, "Công văn V/v …" for a
     * letter, else {@code fallback}.
     */
    public static String titleOf(DocumentTree document, String fallback) {
        // A công văn is named by its V/v; a title inside it belongs to an appendix ("Phụ lục …").
        if (document.header() != null && !document.header().letterSubjectLines().isEmpty()) {
            return "Công văn " + String.join(" ", document.header().letterSubjectLines());
        }
        for (Block block : document.blocks()) {
            if (block instanceof TitleBlock title) {
                String subject = String.join(" ", title.subjectLines());
                String type = title.type() == null || title.type().isEmpty() ? "" : title.type().substring(0, 1)
                        + title.type().substring(1).toLowerCase(VietnameseText.VIETNAMESE);
                return (type + " " + subject).strip();
            }
        }
        return fallback;
    }

    /** "Quyết định Cẩm Thành.pdf" becomes "Quyet dinh Cam Thanh.pdf". */
    public static String ascii(String fileName) {
        return Folding.withoutMarks(fileName).replaceAll("[^A-Za-z0-9 ._()-]", "_");
    }

    /** The name, or "name (2).ext", "name (3).ext" … so that no two files of one archive share a name. */
    public static String unique(String name, java.util.Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !used.add(candidate); n++) {
            candidate = dot < 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
        }
        return candidate;
    }
}
