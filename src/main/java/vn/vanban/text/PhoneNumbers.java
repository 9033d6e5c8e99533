package vn.vanban.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** Phone numbers as printed on member lists. */
public final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private static final int VISIBLE_DIGITS = 7;

    private PhoneNumbers() {
    }

    /** True when the number was already typed masked ("0914994***", "0914994xxx"). */
    public static boolean isMasked(String phone) {
        return phone != null && phone.matches(".*[*xX]{2,}\\s*$");
    }

    /**
     * Keeps the first seven digits and masks the rest with "*", as the 2025 list form shows
     * ("0914994***"). Spaces and dots typed inside the number are dropped first.
     */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String compact = phone.replaceAll("[\\s.\\-()]", "");
        if (isMasked(compact)) {
            return compact;
        }
        if (compact.length() <= VISIBLE_DIGITS) {
            return "*".repeat(compact.length());
        }
        return compact.substring(0, VISIBLE_DIGITS) + "*".repeat(compact.length() - VISIBLE_DIGITS);
    }

    /**
     * The number in E.164 ("+84918234567") when it is a valid Vietnamese number, else null: masked numbers,
     * typos and foreign numbers are kept only as typed.
     */
    public static String e164(String phone) {
        if (phone == null || phone.isBlank() || isMasked(phone)) {
            return null;
        }
        try {
            var parsed = PHONES.parse(phone, "VN");
            return PHONES.isValidNumberForRegion(parsed, "VN")
                    ? PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }
}
