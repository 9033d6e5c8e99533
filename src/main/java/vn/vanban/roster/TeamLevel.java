package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The commune-level team, or the team of one thôn/ấp/khu phố. */
public enum TeamLevel {
    COMMUNE, VILLAGE;

    /** The JSON and template spelling: "commune". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TeamLevel fromJson(String value) {
        return JsonEnums.parse(TeamLevel.class, value);
    }
}
