package vn.vanban.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The stable keys of villages, teams and members: short ASCII slugs a URL can carry. */
public final class Keys {

    public static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final int MAX_SLUG = 40;

    private Keys() {
    }

    /** "Tổ công nghệ số cộng đồng ấp Giao Hòa A" → "to-cong-nghe-so-cong-dong-ap-giao-hoa-a", unique in {@code taken}. */
    public static String fresh(String name, String fallback, Set<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        taken.add(key);
        return key;
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (folded.length() > MAX_SLUG) {
            folded = folded.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return folded;
    }
}
