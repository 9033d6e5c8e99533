package vn.vanban.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refuses logins for a while after too many failures: per account name (whether the account exists or
 * not, so that the answer never tells) and per client address. A success clears the account's count,
 * not the address's, so that one good account does not buy an address more guesses at others.
 */
@Component
class LoginAttempts {

    private final FailureCounters counters;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    @Autowired
    LoginAttempts(FailureCounters counters, Clock clock, AccessProperties properties) {
        this(counters, clock, properties.maxFailures(), properties.lockout());
    }

    LoginAttempts(FailureCounters counters, Clock clock, int maxFailures, Duration lockout) {
        this.counters = counters;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    /** Whether a login for this name from this address is refused now, without looking at the password. */
    boolean refused(String username, String address) {
        Instant now = clock.instant();
        return locked(accountKey(username), now) || address != null && locked(addressKey(address), now);
    }

    void failed(String username, String address) {
        count(accountKey(username));
        if (address != null) {
            count(addressKey(address));
        }
    }

    Duration lockout() {
        return lockout;
    }

    void succeeded(String username) {
        counters.clear(accountKey(username));
    }

    /** The account names refused now, with until when (names only: addresses are no account's business). */
    Map<String, Instant> lockedAccounts() {
        Map<String, Instant> accounts = new HashMap<>();
        counters.lockedAt(accountKey(""), clock.instant())
                .forEach((subject, until) -> accounts.put(subject.substring(accountKey("").length()), until));
        return accounts;
    }

    /** Lifts an account name's refusal at once (an administrator's act); the addresses keep theirs. */
    void unlock(String username) {
        counters.clear(accountKey(username));
    }

    private boolean locked(String subject, Instant now) {
        return counters.find(subject).map(c -> c.lockedUntil() != null && now.isBefore(c.lockedUntil())).orElse(false);
    }

    private void count(String subject) {
        Instant now = clock.instant();
        FailureCounters.Counter c = counters.find(subject)
                .filter(old -> now.isBefore(old.windowStart().plus(lockout)))
                .filter(old -> old.lockedUntil() == null || now.isBefore(old.lockedUntil()))
                .orElse(new FailureCounters.Counter(0, now, null));
        int failures = c.failures() + 1;
        counters.save(subject, new FailureCounters.Counter(failures, c.windowStart(),
                failures >= maxFailures ? now.plus(lockout) : c.lockedUntil()));
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
