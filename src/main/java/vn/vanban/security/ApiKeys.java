package vn.vanban.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/**
 * Keys of other systems: {@code vb_<prefix>_<secret>}, 32 random bytes, shown once when made and kept
 * only as their SHA-256 (a key is random, so a fast hash is enough; no salt or stretching is needed).
 * A key authenticates while neither revoked nor expired; its last use is written at most once a minute.
 */
@Service
public class ApiKeys {

    static final Pattern SCOPE = Pattern.compile("render|commune:\\d{5}|province:\\d{2}");
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore store;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A key just made: its stored form and the secret, which is never available again. */
    public record Created(ApiKey key, String secret) {
    }

    Created create(String name, String scope, boolean write, Instant expiresAt, String createdBy) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidAccountException("/name", "Tên khóa phải có từ 1 đến 100 ký tự");
        }
        if (scope == null || !SCOPE.matcher(scope).matches()) {
            throw new InvalidAccountException("/scope", "Phạm vi phải là render, commune:<mã xã 5 số> hoặc province:<mã tỉnh 2 số>");
        }
        if (scope.equals("render") && write) {
            throw new InvalidAccountException("/write", "Khóa render không có quyền ghi");
        }
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new InvalidAccountException("/expiresAt", "Thời hạn phải ở tương lai");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String prefix = "vb_" + body.substring(0, 8);
        String secret = prefix + "_" + body.substring(8);
        ApiKey key = new ApiKey(0, name.strip(), prefix, sha256(secret), scope, write, createdBy, now, expiresAt, null, null);
        long id = store.insert(key);
        return new Created(store.byId(id).orElseThrow(), secret);
    }

    /** The key of this secret, if it is known, not revoked and not expired. */
    Optional<ApiKey> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiKey> key = store.bySecretHash(sha256(secret.strip())).filter(k -> k.usableAt(now));
        key.filter(k -> k.lastUsedAt() == null || k.lastUsedAt().plus(LAST_USE_RESOLUTION).isBefore(now))
                .ifPresent(k -> store.used(k.id(), now));
        return key;
    }

    List<ApiKey> list() {
        return store.list();
    }

    Optional<ApiKey> find(long id) {
        return store.byId(id);
    }

    Optional<ApiKey> revoke(long id) {
        store.revoke(id, clock.instant());
        return store.byId(id);
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
