package vn.vanban.province;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The last letter of each province, kept as the JSON its author sent. */
@Component
class SummaryLetterStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    SummaryLetterStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the province's last letter; update first, since most saves are of a province that has one. */
    @Transactional
    void save(String province, ObjectNode letter, String savedBy) {
        String data = JSON.writeValueAsString(letter);
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update summary_letter set data = ?, saved_at = ?, saved_by = ? where province_code = ?")
                .params(data, now, savedBy, province).update();
        if (updated == 0) {
            jdbc.sql("insert into summary_letter (province_code, data, saved_at, saved_by) values (?, ?, ?, ?)")
                    .params(province, data, now, savedBy).update();
        }
    }

    Optional<SummaryLetters.LastLetter> last(String province) {
        return jdbc.sql("select data, saved_at, saved_by from summary_letter where province_code = ?").param(province)
                .query((rs, n) -> new SummaryLetters.LastLetter((ObjectNode) JSON.readTree(rs.getString(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .optional();
    }
}
