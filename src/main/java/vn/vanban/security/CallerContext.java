package vn.vanban.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller of the current request, for services that decide by scope. A thread that serves no request
 * and carries no authentication (start-up, the batch worker) is the service itself.
 */
@Component
public class CallerContext {

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication == null && RequestContextHolder.getRequestAttributes() == null) {
            return Caller.SYSTEM;
        }
        return Caller.ANONYMOUS;
    }

    /** The client's address as the server sees it (behind a proxy: with forwarded headers honoured), or null. */
    public String clientAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** "POST /api/v1/…" of the current request, or null outside a request. */
    public String requestLine() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            return request.getMethod() + " " + request.getRequestURI();
        }
        return null;
    }
}
