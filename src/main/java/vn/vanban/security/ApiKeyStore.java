package vn.vanban.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyStore {

    private static final String COLUMNS = "id, name, prefix, secret_sha256, scope, can_write, created_by, created_at, "
            + "expires_at, revoked_at, last_used_at";

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ApiKey k) {
        jdbc.sql("insert into api_key (name, prefix, secret_sha256, scope, can_write, created_by, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(k.name(), k.prefix(), k.secretSha256(), k.scope(), k.write(), k.createdBy(),
                        AccountStore.time(k.createdAt()), AccountStore.time(k.expiresAt()))
                .update();
        return jdbc.sql("select id from api_key where secret_sha256 = ?").param(k.secretSha256()).query(Long.class).single();
    }

    Optional<ApiKey> bySecretHash(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from api_key where secret_sha256 = ?").param(sha256)
                .query(ApiKeyStore::row).optional();
    }

    Optional<ApiKey> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from api_key where id = ?").param(id).query(ApiKeyStore::row).optional();
    }

    List<ApiKey> list() {
        return jdbc.sql("select " + COLUMNS + " from api_key order by id").query(ApiKeyStore::row).list();
    }

    void revoke(long id, Instant at) {
        jdbc.sql("update api_key set revoked_at = ? where id = ? and revoked_at is null").params(AccountStore.time(at), id).update();
    }

    void used(long id, Instant at) {
        jdbc.sql("update api_key set last_used_at = ? where id = ?").params(AccountStore.time(at), id).update();
    }

    private static ApiKey row(ResultSet rs, int n) throws SQLException {
        return new ApiKey(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), rs.getString("secret_sha256"),
                rs.getString("scope"), rs.getBoolean("can_write"), rs.getString("created_by"),
                AccountStore.instant(rs, "created_at"), AccountStore.instant(rs, "expires_at"),
                AccountStore.instant(rs, "revoked_at"), AccountStore.instant(rs, "last_used_at"));
    }
}
