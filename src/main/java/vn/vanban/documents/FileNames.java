package vn.vanban.documents;

import java.text.Normalizer;
import vn.vanban.text.VietnameseText;

/** File names that keep the Vietnamese title, with a plain ASCII twin for old clients. */
public final class FileNames {

    private static final int MAX_LENGTH = 100;

    private FileNames() {
    }

    public static String of(String title, OutputFormat format) {
        String base = VietnameseText.squeeze(VietnameseText.nfc(title == null ? "van-ban" : title))
                .replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
        if (base.length() > MAX_LENGTH) {
            base = base.substring(0, MAX_LENGTH).strip();
        }
        if (base.isBlank()) {
            base = "van-ban";
        }
        return base + "." + format.extension();
    }

    /** "Quyết định Cẩm Thành.pdf" becomes "Quyet dinh Cam Thanh.pdf". */
    public static String ascii(String fileName) {
        String folded = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replaceAll("[^A-Za-z0-9 ._()-]", "_");
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
