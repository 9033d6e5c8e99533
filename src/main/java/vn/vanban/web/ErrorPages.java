package vn.vanban.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.vanban.security.CallerContext;
import vn.vanban.security.Caller;

/**
 * The error page of a browser request, with the navigation of the person who is signed in (the
 * container's error dispatch does not pass through the pages' model advice).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    private final CallerContext callers;

    ErrorPages(CallerContext callers) {
        this.callers = callers;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>(model);
        Caller caller = callers.current();
        if (caller.kind() == Caller.Kind.USER) {
            page.put("me", Viewer.of(caller));
            Object csrf = request.getAttribute(CsrfToken.class.getName());
            if (csrf != null) {
                page.put("csrf", csrf);
            }
        }
        return new ModelAndView("error", page, status);
    }
}
