package vn.vanban.text;

/** Ông / Bà in formal text, from an explicit gender; "Ông/Bà" when it is not known. */
public final class Honorifics {

    private Honorifics() {
    }

    public static String of(String gender) {
        if (gender == null) {
            return "Ông/Bà";
        }
        return switch (gender.strip().toLowerCase(VietnameseText.VIETNAMESE)) {
            case "male", "nam", "m" -> "Ông";
            case "female", "nữ", "nu", "f" -> "Bà";
            default -> "Ông/Bà";
        };
    }
}
