package vn.vanban.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every member list or roster export answered with unmasked phone numbers (no {@code mask=true}),
 * by route: the files are personal data (Nghị định 13/2023/NĐ-CP) whoever makes them. Recorded when the
 * handler has accepted the request, before the file is streamed.
 */
@Configuration
class UnmaskedExports implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern COMMUNE = Pattern.compile("/api/v1/communes/(\\d{5})/(roster|member-list)\\.(xlsx|csv|pdf|docx)");
    private static final Pattern PROVINCE = Pattern.compile("/api/v1/provinces/(\\d{2})/member-list\\.(xlsx|pdf|docx)");

    private final AuditTrail trail;

    UnmaskedExports(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/communes/*/*", "/api/v1/provinces/*/*");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           org.springframework.web.servlet.ModelAndView modelAndView) {
        if (!"GET".equals(request.getMethod()) || "true".equalsIgnoreCase(request.getParameter("mask"))
                || response.getStatus() >= 300) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, Object> detail = Map.of("layout", String.valueOf(request.getParameter("layout")));
        Matcher commune = COMMUNE.matcher(path);
        if (commune.matches()) {
            trail.record(AuditTrail.EXPORT_UNMASKED, commune.group(1), commune.group(2) + "." + commune.group(3), detail);
            return;
        }
        Matcher province = PROVINCE.matcher(path);
        if (province.matches()) {
            trail.recordProvince(AuditTrail.EXPORT_UNMASKED, province.group(1), "member-list." + province.group(2), detail);
        }
    }
}
