package vn.vanban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vanban.security.LoginMessages;

/** The login form; Spring Security reads what it posts. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        if (request.getParameter("error") != null) {
            model.addAttribute("error", LoginMessages.refused(request.getSession(false)));
        } else if (request.getParameter("logout") != null) {
            model.addAttribute("info", "Đã đăng xuất.");
        }
        return "login";
    }
}
