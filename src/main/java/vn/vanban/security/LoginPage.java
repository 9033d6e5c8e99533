package vn.vanban.security;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page of the browser: a plain form, no script, its style from {@code /login.css}. The message
 * of a refused login is one of the fixed texts of {@link LoginRefusedException}, never the name tried.
 */
@Controller
@Hidden
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest request) {
        String message = "";
        if (request.getParameter("error") != null) {
            HttpSession session = request.getSession(false);
            Object e = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            String text = e instanceof LoginRefusedException refused ? refused.getMessage() : LoginRefusedException.BAD_CREDENTIALS;
            message = "<p class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(text) + "</p>";
        } else if (request.getParameter("logout") != null) {
            message = "<p class=\"info\" role=\"status\">Đã đăng xuất.</p>";
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String hidden = csrf == null ? "" : "<input type=\"hidden\" name=\"" + HtmlUtils.htmlEscape(csrf.getParameterName())
                + "\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        String html = """
                <!DOCTYPE html>
                <html lang="vi">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Đăng nhập – vanban</title>
                <link rel="stylesheet" href="login.css">
                </head>
                <body>
                <main>
                <h1>Đăng nhập</h1>
                <p class="lead">Hồ sơ Tổ công nghệ số cộng đồng</p>
                %s
                <form method="post" action="login">
                <label for="username">Tên đăng nhập</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">Mật khẩu</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                %s
                <button type="submit">Đăng nhập</button>
                </form>
                </main>
                </body>
                </html>
                """.formatted(message, hidden);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(new MediaType(MediaType.TEXT_HTML,
                java.nio.charset.StandardCharsets.UTF_8)).body(html);
    }
}
