package vn.vanban.security;

import java.time.Instant;
import java.util.Optional;

/** Where failed logins are counted: the database, so that every instance of the service shares them. */
interface FailureCounters {

    /** @param lockedUntil null while the subject is not refused */
    record Counter(int failures, Instant windowStart, Instant lockedUntil) {
    }

    Optional<Counter> find(String subject);

    void save(String subject, Counter counter);

    void clear(String subject);
}
