package vn.vanban.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param anonymousRender open the stateless template routes ({@code /api/v1/templates/**}) to callers
 *                        without credentials, for a closed network
 * @param corsOrigins     browser origins allowed to call the API from their pages; none by default
 * @param bootstrapAdmin  the admin created when the database has none
 * @param demoPassword    the password of the demo accounts (created only with the demo data)
 * @param maxFailures     failed logins, per account name and per client address, before refusal
 * @param lockout         how long logins are refused after that, and the window failures are counted in
 */
@ConfigurationProperties("vanban.security")
public record AccessProperties(@DefaultValue("false") boolean anonymousRender,
                               @DefaultValue List<String> corsOrigins,
                               @DefaultValue BootstrapAdmin bootstrapAdmin,
                               @DefaultValue("vanban-demo-2025") String demoPassword,
                               @DefaultValue("5") int maxFailures,
                               @DefaultValue("15m") Duration lockout) {

    /** @param password none: one is generated and printed once in the log */
    public record BootstrapAdmin(@DefaultValue("admin") String username, String password) {
    }
}
