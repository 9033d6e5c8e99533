package vn.vanban.load;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.vanban.limits.LoadLimits;
import vn.vanban.security.CallerContext;

/**
 * Load shedding and the defence against slow clients (README "Operations"): the upload cap ahead of the
 * security filters, Tomcat's paced and never-drained bodies, then, once the caller is known, the
 * per-caller rate limit and the gate of the heavy routes, in that order (a caller over its allowance
 * takes no place in the queue). Not a {@link WebMvcConfigurer} itself, so that the MVC test slices, which
 * take every such configurer, check their controllers without it.
 */
@Configuration
class LoadConfiguration {

    /** Runs just before Spring Security's filter chain (-100), after the request id filter. */
    private static final int UPLOAD_GATE_ORDER = -110;

    private final LoadLimits limits;
    private final CallerContext callers;
    private final MeterRegistry meters;
    private final WorkGate work;
    private final WorkGate uploads;

    LoadConfiguration(LoadLimits limits, CallerContext callers, MeterRegistry meters) {
        this.limits = limits;
        this.callers = callers;
        this.meters = meters;
        this.work = new WorkGate(limits.maxConcurrentWork(), limits.maxQueuedWork(), limits.maxQueueWait());
        this.uploads = new WorkGate(limits.maxConcurrentUploads(), 0, Duration.ZERO);
        Gauge.builder("vanban.work.running", work, WorkGate::running).description("Renders and imports running").register(meters);
        Gauge.builder("vanban.work.queued", work, WorkGate::waiting).description("Renders and imports waiting for a place").register(meters);
        Gauge.builder("vanban.uploads.reading", uploads, WorkGate::running).description("Request bodies being read").register(meters);
    }

    @Bean
    WebMvcConfigurer loadInterceptors() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new RateLimitInterceptor(new CallerRates(limits.rateLimit()), callers, limits.rateLimit(),
                        meters)).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error");
                registry.addInterceptor(new WorkInterceptor(work, limits, meters));
            }
        };
    }

    @Bean
    FilterRegistrationBean<UploadGateFilter> uploadGateFilter() {
        FilterRegistrationBean<UploadGateFilter> registration = new FilterRegistrationBean<>(new UploadGateFilter(uploads, limits, meters));
        registration.setOrder(UPLOAD_GATE_ORDER);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pacedBodies() {
        return factory -> factory.addEngineValves(new UnreadBodyValve(limits));
    }
}
