package vn.vanban.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * The quyền hạn prefixes of Nghị định 30 (Điều 13 and Phụ lục I, ô 7a), as they are printed.
 */
public enum SigningAuthority {
    /** Thay mặt: for a collective (ỦY BAN NHÂN DÂN), before the collective's name. */
    TM("TM."),
    /** Ký thay: a deputy for the head, before the head's title. */
    KT("KT."),
    /** Quyền: an acting head, before the head's title, which is then the signer's own. */
    Q("Q."),
    /** Thừa lệnh: by order of the head, before the head's title. */
    TL("TL."),
    /** Thừa ủy quyền: under a written, limited delegation of the head, before the head's title. */
    TUQ("TUQ.");

    private final String printed;

    SigningAuthority(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }

    /** The prefix as typed ("KT.", "kt", "KT"), or empty for a blank value. */
    public static Optional<SigningAuthority> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = text.strip().toUpperCase(java.util.Locale.ROOT);
        String dotted = plain.endsWith(".") ? plain : plain + ".";
        return Optional.of(Arrays.stream(values()).filter(a -> a.printed.equals(dotted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Quyền hạn ký không có trong Nghị định 30: " + text)));
    }
}
