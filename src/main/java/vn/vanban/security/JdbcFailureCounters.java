package vn.vanban.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
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
    public Map<String, Instant> lockedAt(String prefix, Instant now) {
        Map<String, Instant> locked = new HashMap<>();
        jdbc.sql("select subject, locked_until from login_failure where subject like ? and locked_until > ?")
                .params(prefix.replace("%", "\\%").replace("_", "\\_") + "%", AccountStore.time(now))
                .query(rs -> {
                    locked.put(rs.getString("subject"), AccountStore.instant(rs, "locked_until"));
                });
        return locked;
    }

    @Override
    public void clear(String subject) {
        jdbc.sql("delete from login_failure where subject = ?").param(subject).update();
    }
}
