package vn.vanban.security;

import org.springframework.security.core.AuthenticationException;

/**
 * A refused login, with the one message the caller sees. The texts never say whether the account
 * exists: a wrong password, an unknown or disabled account all read the same.
 */
class LoginRefusedException extends AuthenticationException {

    static final String BAD_CREDENTIALS = "Tên đăng nhập hoặc mật khẩu không đúng.";
    static final String LOCKED = "Đăng nhập sai quá nhiều lần: tạm thời không đăng nhập được trong 15 phút. Vui lòng thử lại sau.";
    static final String BAD_KEY = "Khóa truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.";

    LoginRefusedException(String message) {
        super(message);
    }
}
