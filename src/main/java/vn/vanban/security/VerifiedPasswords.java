package vn.vanban.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Passwords that the adaptive hash has just accepted, so that a script sending HTTP Basic on every
 * request pays the hash (tens of milliseconds, by design) once in a while, not per request. Only a
 * SHA-256 of the password together with the stored hash is kept, never the password: a changed
 * password (a new stored hash) or a disabled account no longer matches, and an entry lives
 * {@link #TTL} at most.
 */
@Component
class VerifiedPasswords {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedPasswords(Clock clock) {
        this.clock = clock;
    }

    boolean recentlyVerified(Account account, String password) {
        Instant until = verified.get(key(account, password));
        return until != null && clock.instant().isBefore(until);
    }

    void remember(Account account, String password) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(account, password), clock.instant().plus(TTL));
    }

    private static String key(Account account, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(account.passwordHash().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
