package vn.vanban.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    /** The key table in memory. */
    static final class Store extends ApiKeyStore {
        final List<ApiKey> rows = new ArrayList<>();

        Store() {
            super(null);
        }

        @Override
        long insert(ApiKey k) {
            long id = rows.size() + 1;
            rows.add(new ApiKey(id, k.name(), k.prefix(), k.secretSha256(), k.scope(), k.write(), k.createdBy(), k.createdAt(),
                    k.expiresAt(), null, null));
            return id;
        }

        @Override
        Optional<ApiKey> bySecretHash(String sha256) {
            return rows.stream().filter(k -> k.secretSha256().equals(sha256)).findFirst();
        }

        @Override
        Optional<ApiKey> byId(long id) {
            return rows.stream().filter(k -> k.id() == id).findFirst();
        }

        @Override
        void revoke(long id, Instant at) {
            ApiKey k = byId(id).orElseThrow();
            rows.set((int) id - 1, new ApiKey(k.id(), k.name(), k.prefix(), k.secretSha256(), k.scope(), k.write(), k.createdBy(),
                    k.createdAt(), k.expiresAt(), at, k.lastUsedAt()));
        }

        @Override
        void used(long id, Instant at) {
            ApiKey k = byId(id).orElseThrow();
            rows.set((int) id - 1, new ApiKey(k.id(), k.name(), k.prefix(), k.secretSha256(), k.scope(), k.write(), k.createdBy(),
                    k.createdAt(), k.expiresAt(), k.revokedAt(), at));
        }
    }

    final LoginAttemptsTest.MovingClock clock = new LoginAttemptsTest.MovingClock();
    final Store store = new Store();
    final ApiKeys keys = new ApiKeys(store, clock);

    @Test
    void theSecretIsShownOnceAndKeptOnlyAsItsSha256() {
        ApiKeys.Created created = keys.create("Cổng dịch vụ công", "commune:21025", true, null, "admin");
        assertThat(created.secret()).startsWith(created.key().prefix() + "_").hasSizeGreaterThan(40);
        assertThat(store.rows).singleElement().satisfies(k -> {
            assertThat(k.secretSha256()).isEqualTo(ApiKeys.sha256(created.secret())).doesNotContain(created.secret());
            assertThat(k.prefix()).startsWith("vb_").hasSize(11);
        });
        assertThat(keys.authenticate(created.secret())).get().satisfies(k -> {
            Caller c = k.caller();
            assertThat(c.kind()).isEqualTo(Caller.Kind.KEY);
            assertThat(c.role()).isEqualTo(Role.COMMUNE);
            assertThat(c.communes()).containsExactly("21025");
            assertThat(c.write()).isTrue();
            assertThat(c.registrar()).isFalse();
        });
        assertThat(keys.authenticate(created.secret() + "x")).isEmpty();
        assertThat(keys.authenticate(created.key().prefix())).isEmpty();
    }

    @Test
    void anExpiredOrRevokedKeyNoLongerAuthenticates() {
        ApiKeys.Created expiring = keys.create("tạm", "province:38", false, clock.now.plus(Duration.ofHours(1)), "admin");
        ApiKeys.Created revoked = keys.create("cũ", "render", false, null, "admin");
        assertThat(keys.authenticate(expiring.secret())).isPresent();
        assertThat(keys.authenticate(revoked.secret())).get().satisfies(k -> assertThat(k.caller().renderOnly()).isTrue());
        keys.revoke(revoked.key().id());
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(keys.authenticate(expiring.secret())).isEmpty();
        assertThat(keys.authenticate(revoked.secret())).isEmpty();
    }

    @Test
    void lastUseIsWrittenAtMostOnceAMinute() {
        ApiKeys.Created created = keys.create("máy", "render", false, null, "admin");
        keys.authenticate(created.secret());
        Instant first = store.rows.get(0).lastUsedAt();
        clock.now = clock.now.plusSeconds(30);
        keys.authenticate(created.secret());
        assertThat(store.rows.get(0).lastUsedAt()).isEqualTo(first);
        clock.now = clock.now.plusSeconds(61);
        keys.authenticate(created.secret());
        assertThat(store.rows.get(0).lastUsedAt()).isEqualTo(clock.now);
    }

    @Test
    void scopesAndExpiryAreChecked() {
        assertThatThrownBy(() -> keys.create("x", "commune:2102", false, null, "admin")).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> keys.create("x", "admin", false, null, "admin")).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> keys.create("x", "render", true, null, "admin")).isInstanceOf(InvalidAccountException.class);
        assertThatThrownBy(() -> keys.create("x", "render", false, clock.now.minusSeconds(1), "admin"))
                .isInstanceOf(InvalidAccountException.class);
    }
}
