package vn.vanban.load;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The routes that make documents or read spreadsheets, of the API and of the pages alike: the work that
 * takes a core for a noticeable time, and so the work the {@link WorkGate} bounds and the metrics time.
 * Everything else (reading a roster, a list of communes, a page of forms) is quick and never queued.
 * A route that starts such work and is not listed here runs unbounded: new ones are added here.
 */
final class HeavyRoutes {

    /** What a heavy route does, as the metrics name it. */
    enum Kind { RENDER, IMPORT, DRAFT, REGISTRATION, BATCH }

    /**
     * One heavy route.
     *
     * @param document for renders, the template id or document kind, or {@code {name}} of a path variable
     * @param format   the format, or {@code {name}} of a path variable
     */
    record Route(String method, PathPattern pattern, Kind kind, String document, String format) {
    }

    /** A request on a heavy route, with the document and format it asks for. */
    record Match(Kind kind, String document, String format) {
    }

    private static final PathPatternParser PARSER = new PathPatternParser();

    private static final List<Route> ROUTES = List.of(
            route("POST", "/api/v1/templates/{id}/{format}", Kind.RENDER, "{id}", "{format}"),
            route("GET", "/api/v1/communes/{code}/member-list.{format}", Kind.RENDER, "member-list", "{format}"),
            route("GET", "/api/v1/communes/{code}/roster.{format}", Kind.RENDER, "roster", "{format}"),
            route("GET", "/api/v1/decisions/{id}/{format}", Kind.RENDER, "decision", "{format}"),
            route("POST", "/api/v1/provinces/{code}/summary-letter/{format}", Kind.RENDER, "summary-letter", "{format}"),
            route("GET", "/api/v1/provinces/{code}/member-list.{format}", Kind.RENDER, "province-member-list", "{format}"),
            route("POST", "/api/v1/communes/{code}/roster/import", Kind.IMPORT, "roster", "upload"),
            route("POST", "/api/v1/communes/{code}/decisions", Kind.DRAFT, "decision", "draft"),
            route("POST", "/api/v1/decisions/{id}/registration", Kind.REGISTRATION, "decision", "stored"),
            route("POST", "/api/v1/batches", Kind.BATCH, "batch", "zip"),
            // The pages over the same services: the draft and the letter show every page as an image.
            route("POST", "/communes/{code}/import", Kind.IMPORT, "roster", "upload"),
            route("POST", "/communes/{code}/import/confirm", Kind.IMPORT, "roster", "upload"),
            route("POST", "/communes/{code}/decisions/new", Kind.DRAFT, "decision", "draft"),
            route("GET", "/decisions/{id}", Kind.RENDER, "decision", "png"),
            route("POST", "/decisions/{id}/registration", Kind.REGISTRATION, "decision", "stored"),
            route("GET", "/provinces/{code}/summary-letter", Kind.RENDER, "summary-letter", "png"),
            route("POST", "/provinces/{code}/summary-letter", Kind.RENDER, "summary-letter", "png"),
            route("POST", "/provinces/{code}/summary-letter/{format}", Kind.RENDER, "summary-letter", "{format}"),
            route("POST", "/provinces/{code}/batches", Kind.BATCH, "batch", "zip"));

    private HeavyRoutes() {
    }

    private static Route route(String method, String pattern, Kind kind, String document, String format) {
        return new Route(method, PARSER.parse(pattern), kind, document, format);
    }

    /** The heavy route this request asks for, or null for quick work. */
    static Match match(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        for (Route route : ROUTES) {
            if (route.method().equals(request.getMethod())) {
                PathPattern.PathMatchInfo info = route.pattern().matchAndExtract(path);
                if (info != null) {
                    Map<String, String> variables = info.getUriVariables();
                    return new Match(route.kind(), resolve(route.document(), variables), resolve(route.format(), variables));
                }
            }
        }
        return null;
    }

    private static String resolve(String value, Map<String, String> variables) {
        if (value.startsWith("{") && value.endsWith("}")) {
            return variables.getOrDefault(value.substring(1, value.length() - 1), "");
        }
        return value;
    }
}
