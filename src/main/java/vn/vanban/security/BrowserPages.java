package vn.vanban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Which requests are browser pages, and how a refused one answers. Everything outside the API, its
 * documentation and the actuator is a page: a person in a browser gets the login form or the Vietnamese
 * error page there, never a JSON problem.
 */
public final class BrowserPages {

    /** Sent by htmx on its own requests; a redirect would swap the login form into a fragment. */
    static final String HTMX_REQUEST = "HX-Request";

    private BrowserPages() {
    }

    public static boolean matches(HttpServletRequest request) {
        String path = request.getServletPath();
        return !(path.startsWith("/api/") || path.startsWith("/v3/api-docs") || path.startsWith("/actuator")
                || path.startsWith("/swagger-ui"));
    }

    static AuthenticationEntryPoint loginEntryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> {
            if (request.getHeader(HTMX_REQUEST) != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                login.commence(request, response, e);
            }
        };
    }

    /** The error page says it in Vietnamese; a refused CSRF token (an expired session) reads the same. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
