package vn.vanban.roster.spreadsheet;

import vn.vanban.text.PhoneNumbers;

/** Phones as a list prints them: typed, with spaces or dots, or masked. */
final class PhoneFields {


    private PhoneFields() {
    }

    /**
     * Whether the imported text says the stored number. A masked "0914994***" says any number that masks
     * to it, so a list exported masked and sent back does not wipe the numbers it hid.
     */
    static boolean same(String stored, String imported) {
        if (Folding.isBlank(stored) || Folding.isBlank(imported)) {
            return Folding.isBlank(stored) && Folding.isBlank(imported);
        }
        String a = compact(stored);
        String b = compact(imported);
        if (PhoneNumbers.isMasked(b)) {
            return stars(PhoneNumbers.mask(stored)).equals(stars(b)) || stars(a).equals(stars(b));
        }
        if (a.equals(b)) {
            return true;
        }
        String e164 = e164(stored);
        return e164 != null && e164.equals(e164(imported));
    }

    /** E.164 for a valid Vietnamese number, else null (masked, landline typos, foreign). */
    static String e164(String phone) {
        return PhoneNumbers.e164(phone);
    }

    private static String compact(String phone) {
        return phone.replaceAll("[\\s.\\-()]", "");
    }

    private static String stars(String masked) {
        return masked.replace('x', '*').replace('X', '*');
    }
}
