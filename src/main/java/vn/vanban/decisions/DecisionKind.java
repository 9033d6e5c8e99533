package vn.vanban.decisions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a decision founds: the commune team (seed 002), several village teams at once (Mẫu 1 of seed
 * 001), or one team (a village team in its own decision); or what it dissolves.
 */
public enum DecisionKind {
    COMMUNE_TEAM("commune-team-decision"),
    VILLAGE_TEAMS("village-teams-decision"),
    TEAM("village-teams-decision"),
    /** Giải thể: ends the teams of villages merged into another or removed, and the decision that founded them. */
    DISSOLUTION("team-dissolution-decision");

    private final String templateId;

    DecisionKind(String templateId) {
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DecisionKind fromJson(String value) {
        for (DecisionKind kind : values()) {
            if (kind.json().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not one of commune-team, village-teams, team, dissolution");
    }
}
