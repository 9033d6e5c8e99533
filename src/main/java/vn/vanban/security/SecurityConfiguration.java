package vn.vanban.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * One filter chain for the API and the browser pages. In order: CORS (closed unless origins are set),
 * CSRF (for browser sessions only), logout, the bearer key filter, the login form, HTTP Basic, the
 * account refresh, then the URL rules below. The scope (which commune, which province) is decided in
 * the services by {@link AccessPolicy}; the URL rules only say who reaches a route at all:
 *
 * <pre>
 * anonymous                   /actuator/health, /login, /error, /v3/api-docs/**, /swagger-ui*, /webjars/**,
 *                             /css/**, /js/**, /favicon.ico
 * anonymous if anonymous-render, else any caller   /api/v1/templates/**
 * admin                       /api/v1/admin/**, /admin/**, /actuator/prometheus (the metrics)
 * a person (not a key)        /api/v1/account/**, and the browser pages: everything else
 * any account or scoped key   every other /api/** route (not render keys)
 * </pre>
 *
 * A browser page ({@link BrowserPages}) that is refused answers like a page: the login form for an
 * anonymous visitor (or, for an htmx request, an {@code HX-Redirect} to it), the Vietnamese error page
 * for a refused one. The API answers problem+json.
 */
@Configuration
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The one authentication manager, without a parent: a refused password is tried (and counted) once,
     * and Spring Boot creates no default user beside it.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessProperties properties, ApiKeys keys,
                                            AccountStore accounts, AuthenticationManager authenticationManager) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> {
                    a.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                            .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/error",
                                    "/favicon.ico", "/webjars/**", "/css/**", "/js/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll();
                    if (properties.anonymousRender()) {
                        a.requestMatchers("/api/v1/templates", "/api/v1/templates/**").permitAll();
                    } else {
                        a.requestMatchers("/api/v1/templates", "/api/v1/templates/**").authenticated();
                    }
                    a.requestMatchers("/api/v1/admin/**", "/admin/**", "/actuator/prometheus").hasAuthority(Authorities.ADMIN)
                            .requestMatchers("/api/v1/account/**").hasAuthority(Authorities.PERSON)
                            .requestMatchers("/api/**").hasAuthority(Authorities.API)
                            .anyRequest().hasAuthority(Authorities.PERSON);
                })
                .csrf(c -> c.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .addFilterBefore(new BearerKeyFilter(keys, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountRefreshFilter(accounts), BasicAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/")
                        .failureHandler(new SimpleUrlAuthenticationFailureHandler("/login?error")).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(BrowserPages.loginEntryPoint(), BrowserPages::matches)
                        .defaultAuthenticationEntryPointFor(problems, request -> true)
                        .defaultAccessDeniedHandlerFor(BrowserPages::refuse, BrowserPages::matches)
                        .defaultAccessDeniedHandlerFor(problems, request -> true))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()));
        if (properties.corsOrigins().isEmpty()) {
            http.cors(AbstractHttpConfigurer::disable);
        } else {
            http.cors(c -> c.configurationSource(cors(properties.corsOrigins())));
        }
        return http.build();
    }

    /**
     * The CSRF token is needed on every unsafe request of a browser session, and on the login form
     * (so that nobody can sign a browser in to another account). A request that carries its own
     * credentials (Basic or Bearer) and is not a browser's cross-site request is not forgeable: a page of
     * another origin cannot set an Authorization header without a CORS preflight, which is closed. A
     * browser that cached Basic credentials sends them by itself, so a cross-site request needs the token
     * even with them. A request with neither credentials nor a session has nothing to forge: it is
     * answered 401 like any anonymous call, not 403.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean ownCredentials = authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6) || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        String site = request.getHeader("Sec-Fetch-Site");
        boolean crossSite = "cross-site".equals(site) || "same-site".equals(site);
        if (ownCredentials) {
            return crossSite;
        }
        return request.getRequestedSessionId() != null || "/login".equals(request.getServletPath());
    }

    private static UrlBasedCorsConfigurationSource cors(List<String> origins) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(origins);
        config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        config.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH,
                HttpHeaders.ACCEPT));
        config.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.CONTENT_DISPOSITION));
        // Keys and Basic only: a browser session (cookie) never crosses origins.
        config.setAllowCredentials(false);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", config);
        return source;
    }
}
