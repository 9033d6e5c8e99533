package vn.vanban.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller of the current request, for services that decide by scope. Code that runs with no
 * authentication and outside any request that passed the security filters (start-up, the batch worker,
 * a test calling a service) is the service itself; inside such a request a missing authentication is
 * anonymous, never the service.
 */
@Component
public class CallerContext {

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            return caller;
        }
        if (authentication == null && !insideSecuredRequest()) {
            return Caller.SYSTEM;
        }
        return Caller.ANONYMOUS;
    }

    /** Marks a request as having passed the security filters (set by the first of them). */
    static final String SECURED_REQUEST = CallerContext.class.getName() + ".SECURED";

    private static boolean insideSecuredRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes != null && attributes.getAttribute(SECURED_REQUEST, RequestAttributes.SCOPE_REQUEST) != null;
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
