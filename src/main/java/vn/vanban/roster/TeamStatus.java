package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a team stands: proposed (no decision yet), established, reconstituted (kiện toàn) or dissolved. */
public enum TeamStatus {
    PROPOSED, ESTABLISHED, RECONSTITUTED, DISSOLVED;

    /** The JSON and template spelling: "proposed". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TeamStatus fromJson(String value) {
        return JsonEnums.parse(TeamStatus.class, value);
    }
}
