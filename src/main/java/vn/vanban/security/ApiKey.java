package vn.vanban.security;

import java.time.Instant;

/**
 * A key of another system as stored: never its secret, only the SHA-256 of it and the short prefix that
 * tells keys apart in lists. {@code scope} is {@code render}, {@code commune:<code>} or {@code province:<code>}.
 */
public record ApiKey(long id, String name, String prefix, String secretSha256, String scope, boolean write,
                     String createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    /** Whether the key may be used at this instant. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** What a request made with this key may reach. */
    public Caller caller() {
        if (scope.equals("render")) {
            return new Caller(Caller.Kind.KEY, name, null, java.util.Set.of(), null, false, false, true);
        }
        String code = scope.substring(scope.indexOf(':') + 1);
        return scope.startsWith("commune:")
                ? new Caller(Caller.Kind.KEY, name, Role.COMMUNE, java.util.Set.of(code), null, false, write, false)
                : new Caller(Caller.Kind.KEY, name, Role.PROVINCE, java.util.Set.of(), code, false, write, false);
    }
}
