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

    /** Subjects starting with {@code prefix} that are refused at {@code now}, with until when: one query for a whole list. */
    java.util.Map<String, Instant> lockedAt(String prefix, Instant now);
}
