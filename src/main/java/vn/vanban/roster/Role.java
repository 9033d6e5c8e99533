package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The role in the team; decisions list members in this order. */
public enum Role {
    LEADER, STANDING_DEPUTY, DEPUTY, MEMBER;

    /** The JSON and template spelling: "leader". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Role fromJson(String value) {
        return JsonEnums.parse(Role.class, value);
    }
}
