package vn.vanban.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * Vietnamese list order for people: by given name (the last word), then family name (the first word),
 * then middle names, each compared with the Vietnamese collator (a &lt; ă &lt; â, d &lt; đ, tones after the
 * letter). Decisions keep role order; this is for alphabetical lists and annexes.
 */
public final class VietnameseNames {

    private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> {
        Collator c = Collator.getInstance(new ULocale("vi"));
        c.setStrength(Collator.TERTIARY);
        return c.freeze();
    });

    private VietnameseNames() {
    }

    /** A full name split into its parts; a one-word name is all given name. */
    public record Parts(String family, String middle, String given) {

        public static Parts of(String fullName) {
            String name = VietnameseText.squeeze(VietnameseText.nfc(fullName == null ? "" : fullName));
            int first = name.indexOf(' ');
            int last = name.lastIndexOf(' ');
            if (first < 0) {
                return new Parts("", "", name);
            }
            return new Parts(name.substring(0, first), first == last ? "" : name.substring(first + 1, last),
                    name.substring(last + 1));
        }
    }

    /** Orders full names the Vietnamese way: given name, family name, middle name, then the whole name. */
    public static Comparator<String> order() {
        return (a, b) -> {
            Collator c = COLLATOR.get();
            Parts x = Parts.of(a);
            Parts y = Parts.of(b);
            int r = c.compare(x.given(), y.given());
            if (r == 0) {
                r = c.compare(x.family(), y.family());
            }
            if (r == 0) {
                r = c.compare(x.middle(), y.middle());
            }
            return r != 0 ? r : c.compare(VietnameseText.nfc(a), VietnameseText.nfc(b));
        };
    }
}
