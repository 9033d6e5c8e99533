package vn.vanban.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFailureCounters implements FailureCounters {

    private final JdbcClient jdbc;

    JdbcFailureCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Counter> find(String subject) {
        return jdbc.sql("select failures, window_start, locked_until from login_failure where subject = ?").param(subject)
                .query((rs, n) -> new Counter(rs.getInt("failures"), AccountStore.instant(rs, "window_start"),
                        AccountStore.instant(rs, "locked_until")))
                .optional();
    }

    @Override
    public void save(String subject, Counter c) {
        int updated = jdbc.sql("update login_failure set failures = ?, window_start = ?, locked_until = ? where subject = ?")
                .params(c.failures(), AccountStore.time(c.windowStart()), AccountStore.time(c.lockedUntil()), subject).update();
        if (updated == 0) {
            jdbc.sql("insert into login_failure (subject, failures, window_start, locked_until) values (?, ?, ?, ?)")
                    .params(subject, c.failures(), AccountStore.time(c.windowStart()), AccountStore.time(c.lockedUntil()))
                    .update();
        }
    }

    @Override
    public void clear(String subject) {
        jdbc.sql("delete from login_failure where subject = ?").param(subject).update();
    }
}
