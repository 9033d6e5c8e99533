package vn.vanban.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.vanban.security.CallerContext;

/** What every page's layout needs: who is looking, and the CSRF token its forms send back. */
@ControllerAdvice(basePackages = "vn.vanban.web")
class PageModel {

    private final CallerContext callers;

    PageModel(CallerContext callers) {
        this.callers = callers;
    }

    @ModelAttribute("me")
    Viewer me() {
        return Viewer.of(callers.current());
    }

    /** Reading the token also sets the XSRF-TOKEN cookie, which app.js sends back on htmx requests. */
    @ModelAttribute("csrf")
    CsrfToken csrf(HttpServletRequest request) {
        return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    }
}
