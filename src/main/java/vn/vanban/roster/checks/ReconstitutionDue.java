package vn.vanban.roster.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.checks.Finding.Severity;

/**
 * A team whose members are no longer those its decision in force lists needs a kiện toàn decision. The
 * roster keeps, on each team, the digest of the members as registered; the caller names the decisions
 * (this package knows the register only through that function).
 */
public final class ReconstitutionDue {

    public static final String RULE = "reconstitution-due";

    private ReconstitutionDue() {
    }

    /** @param decisionReference "01/QĐ-UBND ngày 10/7/2025" for a decision id, or null when unknown */
    public static List<Finding> check(Roster roster, LongFunction<String> decisionReference) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < roster.teams().size(); i++) {
            Team team = roster.teams().get(i);
            if (team.decisionId() == null || team.decidedMembers() == null || team.status() == TeamStatus.DISSOLVED
                    || team.decidedMembers().equals(Team.digest(team.members()))) {
                continue;
            }
            String reference = decisionReference.apply(team.decisionId());
            findings.add(new Finding(Severity.WARNING, RULE, "Thành viên của " + team.name() + " đã khác với Quyết định số "
                    + (reference == null ? "(mã " + team.decisionId() + ")" : reference)
                    + " đang có hiệu lực; cần ban hành quyết định kiện toàn Tổ", "/teams/" + i + "/members"));
        }
        return findings;
    }
}
