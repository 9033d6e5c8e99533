package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.data.relational.core.mapping.Table;

/** A Vice-Chair who signs KT. CHỦ TỊCH. A record, not a bare string, because Spring Data JDBC keeps lists of entities in tables. */
@Table
public record ProfileDeputy(@JsonValue String text) {

    @JsonCreator
    public static ProfileDeputy of(String text) {
        return new ProfileDeputy(text);
    }
}
