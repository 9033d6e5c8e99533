package vn.vanban.security;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;

/**
 * What the login form says after a refused login: one of the fixed texts of {@link LoginRefusedException},
 * never the name that was tried.
 */
public final class LoginMessages {

    private LoginMessages() {
    }

    public static String refused(HttpSession session) {
        Object e = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return e instanceof LoginRefusedException refused ? refused.getMessage() : LoginRefusedException.BAD_CREDENTIALS;
    }
}
