package vn.vanban.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account table, through plain SQL (the same on H2 and PostgreSQL). */
@Repository
class AccountStore {

    private static final String COLUMNS = "id, username, password_hash, role, communes, province_code, registrar, can_write, "
            + "enabled, password_changed_at, created_at, updated_at";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where username = ?").param(username)
                .query(AccountStore::row).optional();
    }

    List<Account> list() {
        return jdbc.sql("select " + COLUMNS + " from account order by username").query(AccountStore::row).list();
    }

    boolean anyEnabledAdmin() {
        return jdbc.sql("select count(*) from account where role = 'admin' and enabled = true").query(Long.class).single() > 0;
    }

    boolean exists(String username) {
        return jdbc.sql("select count(*) from account where username = ?").param(username).query(Long.class).single() > 0;
    }

    void insert(Account a) {
        jdbc.sql("insert into account (username, password_hash, role, communes, province_code, registrar, can_write, enabled, "
                        + "password_changed_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.username(), a.passwordHash(), a.role().code(), String.join(",", a.communes()), a.province(),
                        a.registrar(), a.write(), a.enabled(), time(a.passwordChangedAt()), time(a.createdAt()),
                        time(a.updatedAt()))
                .update();
    }

    void update(Account a) {
        jdbc.sql("update account set password_hash = ?, role = ?, communes = ?, province_code = ?, registrar = ?, can_write = ?, "
                        + "enabled = ?, password_changed_at = ?, updated_at = ? where username = ?")
                .params(a.passwordHash(), a.role().code(), String.join(",", a.communes()), a.province(), a.registrar(),
                        a.write(), a.enabled(), time(a.passwordChangedAt()), time(a.updatedAt()), a.username())
                .update();
    }

    boolean delete(String username) {
        return jdbc.sql("delete from account where username = ?").param(username).update() > 0;
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Account row(ResultSet rs, int n) throws SQLException {
        String communes = rs.getString("communes");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.of(rs.getString("role")),
                communes.isEmpty() ? List.of() : Arrays.asList(communes.split(",")), rs.getString("province_code"),
                rs.getBoolean("registrar"), rs.getBoolean("can_write"), rs.getBoolean("enabled"),
                instant(rs, "password_changed_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
