package vn.vanban.security;

import java.nio.charset.StandardCharsets;

/** What a password must be: at least 10 characters, and no more than bcrypt reads (72 bytes). */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

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

    static void require(String password) {
        String problem = problem(password);
        if (problem != null) {
            throw new InvalidAccountException("/password", problem);
        }
    }
}
