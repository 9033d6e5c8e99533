package vn.vanban.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Name and password (HTTP Basic and the login form) against the account table, behind the lockout:
 * a refused name or address is answered before the password is looked at. An unknown name costs the
 * same hash as a known one, so time does not tell either. A password the hash accepted a moment ago
 * is not hashed again ({@link VerifiedPasswords}).
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginAttempts attempts;
    private final ApplicationEventPublisher events;
    private final VerifiedPasswords verified;
    /** Made at the first login that needs it, not at start-up: one bcrypt hash is a tenth of a second of the start's main thread. */
    private volatile String dummyHash;

    AccountAuthenticationProvider(AccountStore accounts, PasswordEncoder encoder, LoginAttempts attempts,
                                  ApplicationEventPublisher events, VerifiedPasswords verified) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.attempts = attempts;
        this.events = events;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (attempts.refused(username, address)) {
            events.publishEvent(new SecurityEvent(SecurityEvent.LOGIN_REFUSED, username, "user", address, username, Map.of()));
            throw new LoginRefusedException(LoginRefusedException.locked(attempts.lockout()));
        }
        Optional<Account> account = username.isEmpty() ? Optional.empty() : accounts.find(username);
        boolean known = account.isPresent() && account.get().enabled() && verified.recentlyVerified(account.get(), password);
        if (!known) {
            boolean matches = encoder.matches(password, account.map(Account::passwordHash).orElseGet(this::dummyHash));
            if (account.isEmpty() || !matches || !account.get().enabled()) {
                attempts.failed(username, address);
                events.publishEvent(new SecurityEvent(SecurityEvent.LOGIN_FAILED, username, "user", address, username, Map.of()));
                throw new LoginRefusedException(LoginRefusedException.BAD_CREDENTIALS);
            }
            attempts.succeeded(username);
            verified.remember(account.get(), password);
        }
        Caller caller = account.get().caller();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(caller, null,
                Authorities.of(caller));
        result.setDetails(authentication.getDetails());
        return result;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = encoder.encode("not-a-password-of-anyone");
            dummyHash = hash;
        }
        return hash;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
