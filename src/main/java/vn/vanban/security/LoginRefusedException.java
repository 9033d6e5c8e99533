package vn.vanban.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A refused login, with the one message the caller sees. The texts never say whether the account
 * exists: a wrong password, an unknown or disabled account all read the same.
 */
class LoginRefusedException extends AuthenticationException {

    static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";
    /** The configured lockout, in the words a person reads: "15 phút", "1 giờ", "1 giờ 30 phút". */
    static String locked(java.time.Duration lockout) {
        long hours = lockout.toHours();
        long minutes = lockout.toMinutesPart();
        String span = hours == 0 ? Math.max(1, minutes) + " phút" : hours + " giờ" + (minutes == 0 ? "" : " " + minutes + " phút");
        return "Đăng nhập sai quá nhiều lần: tạm thời không đăng nhập được trong " + span + ". Vui lòng thử lại sau.";
    }
    static final String BAD_KEY = "Khóa truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.";

    LoginRefusedException(String message) {
        super(message);
    }
}
