package vn.vanban.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.observability.ProblemAnswers;

/**
 * The answers of the filter chain itself, before any controller: 401 and 403 as RFC 9457 problems with
 * Vietnamese titles. A browser asking for a page (not under /api) is sent to the login page instead.
 * {@link #write} also serves the filters ahead of the chain (a turned-away upload).
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String UNAUTHORIZED_TYPE = "/problems/unauthorized";
    static final String FORBIDDEN_TYPE = "/problems/forbidden";
    static final String UNAUTHORIZED_TITLE = "Chưa xác thực";
    static final String FORBIDDEN_TITLE = "Không có quyền";
    private static final String NEED_CREDENTIALS = "Cần đăng nhập (HTTP Basic hoặc phiên đăng nhập) hoặc khóa truy cập "
            + "(Authorization: Bearer …) để dùng địa chỉ này.";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") && wantsPage(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        response.addHeader("WWW-Authenticate", "Bearer realm=\"vanban\"");
        // A browser (it sends Sec-Fetch-Mode) is not offered Basic: it would open its own dialog and then
        // send the cached password with every request, cross-site ones included.
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            response.addHeader("WWW-Authenticate", "Basic realm=\"vanban\", charset=\"UTF-8\"");
        }
        String detail = e instanceof LoginRefusedException ? e.getMessage() : NEED_CREDENTIALS;
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_TYPE, UNAUTHORIZED_TITLE, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        String detail = e instanceof CsrfException
                ? "Thiếu hoặc sai mã chống giả mạo yêu cầu (CSRF) của phiên đăng nhập; tải lại trang rồi thử lại."
                : "Tài khoản hoặc khóa này không được dùng địa chỉ này.";
        write(request, response, HttpServletResponse.SC_FORBIDDEN, FORBIDDEN_TYPE, FORBIDDEN_TITLE, detail);
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String title,
                      String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        ProblemAnswers.stamp(request, problem);
        if (leavesBodyUnread(request)) {
            response.setHeader(HttpHeaders.CONNECTION, "close");
        }
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    /**
     * True when the request came with a body that nothing read to its end. Such a body is not drained
     * (load.UnreadBodyValve closes the connection instead), so the problem answer must say "Connection:
     * close" while it still can: a client that reused the connection would otherwise find it closed under
     * its next request.
     */
    public static boolean leavesBodyUnread(HttpServletRequest request) {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (!hasBody) {
            return false;
        }
        try {
            return !request.getInputStream().isFinished();
        } catch (IllegalStateException | IOException readThroughAReader) {
            return false;
        }
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
