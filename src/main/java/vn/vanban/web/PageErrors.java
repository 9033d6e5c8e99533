package vn.vanban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.vanban.problem.ProblemException;
import vn.vanban.security.BrowserPages;
import vn.vanban.security.ScopeDeniedException;

/**
 * An exception on a browser page answers the Vietnamese error page of its status (the container's error
 * dispatch renders {@code error.ftlh}), before the API's problem+json handler sees it. A page that
 * wants to show a problem next to a form catches it itself; what reaches here is a refusal (403), a thing
 * that does not exist (404) or a fault (500, logged).
 */
@Component
class PageErrors implements HandlerExceptionResolver, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (!BrowserPages.matches(request)) {
            return null;
        }
        int status = status(e);
        // A turned-away request (503) is an answer, not a fault of ours.
        if (status >= 500 && !(e instanceof ProblemException)) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
        }
        try {
            response.sendError(status);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        return new ModelAndView();
    }

    private static int status(Exception e) {
        if (e instanceof NoResourceFoundException) {
            return 404;
        }
        if (e instanceof ScopeDeniedException || e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof ProblemException problem) {
            return problem.type().status();
        }
        // A problem met while Spring parsed the request (a form's file arriving too slowly) comes wrapped.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem.type().status();
            }
        }
        if (e instanceof org.springframework.web.ErrorResponse response) {
            return response.getStatusCode().value();
        }
        String name = e.getClass().getSimpleName();
        if (name.endsWith("NotFoundException") || name.startsWith("Unknown")) {
            return 404;
        }
        return 500;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
