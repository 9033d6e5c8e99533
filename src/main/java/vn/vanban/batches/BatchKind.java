package vn.vanban.batches;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a batch makes for each commune of the province that has a stored roster. */
public enum BatchKind {
    /** The member list (Mẫu 2) of the commune's teams. */
    MEMBER_LIST,
    /** A draft founding decision of the commune team, for the commune to check (nothing is registered). */
    COMMUNE_TEAM_DECISION,
    /** A draft decision founding all village teams of the commune. */
    VILLAGE_TEAMS_DECISION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static BatchKind fromJson(String value) {
        for (BatchKind kind : values()) {
            if (kind.json().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not one of member-list, commune-team-decision, "
                + "village-teams-decision");
    }
}
