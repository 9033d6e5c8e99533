package vn.vanban.security;

import java.nio.charset.StandardCharsets;

/** What a password must be: at least 10 characters, and no more than bcrypt reads (72 bytes). */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    private static final int GENERATED_LENGTH = 16;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private PasswordRules() {
    }

    /** The Vietnamese reason a password is refused, or null when it is acceptable. */
    static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "Mật khẩu dài quá " + MAX_BYTES + " byte";
        }
        if (password.isBlank()) {
            return "Mật khẩu không được chỉ gồm khoảng trắng";
        }
        return null;
    }

    /**
     * 16 letters and digits from an alphabet without look-alikes (no 0/O, 1/l/I): read aloud or copied
     * by hand, it still arrives as typed; 16 of 56 symbols are some 92 bits.
     */
    static String generate() {
        StringBuilder s = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static void require(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new InvalidAccountException("/password", problem);
        }
    }
}
