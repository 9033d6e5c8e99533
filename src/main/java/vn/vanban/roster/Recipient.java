package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.data.relational.core.mapping.Table;

/** One Nơi nhận line of the profile. A record, not a bare string, because Spring Data JDBC keeps lists of entities in tables. */
@Table
public record Recipient(@JsonValue String text) {

    @JsonCreator
    public static Recipient of(String text) {
        return new Recipient(text);
    }
}
