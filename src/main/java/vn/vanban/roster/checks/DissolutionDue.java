package vn.vanban.roster.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.roster.checks.Finding.Severity;

/**
 * A team whose village was merged into another or removed still stands on its founding decision until a
 * dissolution decision ends it: the clerk is told, naming the decision in force.
 */
public final class DissolutionDue {

    public static final String RULE = "dissolution-due";

    private DissolutionDue() {
    }

    /** @param decisionReference "01/QĐ-UBND ngày 10/7/2025" for a decision id, or null when unknown */
    public static List<Finding> check(Roster roster, LongFunction<String> decisionReference) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < roster.teams().size(); i++) {
            Team team = roster.teams().get(i);
            Village village = team.villageKey() == null ? null : roster.villages().stream()
                    .filter(v -> v.key().equals(team.villageKey())).findFirst().orElse(null);
            if (village == null || !village.ended() || team.status() == TeamStatus.DISSOLVED || team.decisionId() == null) {
                continue;
            }
            String reference = decisionReference.apply(team.decisionId());
            String fate = village.mergedInto() == null ? "không còn" : "đã sáp nhập vào " + roster.villages().stream()
                    .filter(v -> v.key().equals(village.mergedInto())).map(Village::name).findFirst().orElse(village.mergedInto());
            findings.add(new Finding(Severity.WARNING, RULE, village.kind() + " " + village.name() + " " + fate + " nhưng "
                    + team.name() + " vẫn theo Quyết định số " + (reference == null ? "(mã " + team.decisionId() + ")" : reference)
                    + "; cần ban hành quyết định giải thể Tổ", "/teams/" + i));
        }
        return findings;
    }
}
