package vn.vanban.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text reduced to what people type when they cannot or do not type Vietnamese letters: "cam thanh" for
 * "Cẩm Thành", "dac khu" for "Đặc khu". Used to compare, never to store or print.
 */
public final class Folding {

    private Folding() {
    }

    /**
     * Lower-case ASCII with single spaces: diacritics dropped (NFD, marks removed), đ as d, so that
     * "Tổ KP 1" becomes "to kp 1". {@code null} folds to "".
     */
    public static String ascii(String text) {
        if (text == null) {
            return "";
        }
        return VietnameseText.squeeze(withoutMarks(text).toLowerCase(Locale.ROOT));
    }

    /** The letters without their diacritics, case and spacing kept, đ as d: "Cẩm Thành" becomes "Cam Thanh". */
    public static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    /** Whether {@code text} contains what was searched for, both folded: "xuan binh" finds "Xã Xuân Bình". */
    public static boolean matches(String text, String search) {
        String wanted = ascii(search);
        return wanted.isEmpty() || ascii(text).contains(wanted);
    }
}
