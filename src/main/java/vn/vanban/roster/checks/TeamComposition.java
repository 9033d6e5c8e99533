package vn.vanban.roster.checks;

import java.util.Collection;
import java.util.Optional;

/**
 * What makes a team's decision wrong on paper, whatever the template: a team with nobody in it, or
 * without exactly one Tổ trưởng. The render path refuses such data and the roster checks report it as
 * an error, with the same words, because both read this one rule. Softer rules (at least five members,
 * a Tổ phó) are warnings of {@link RosterChecks} only.
 */
public final class TeamComposition {

    private static final String LEADER = "leader";

    private TeamComposition() {
    }

    /**
     * @param teamName as printed, e.g. "Tổ KP1"
     * @param roles    the members' roles in their JSON spelling ("leader", "deputy", ...)
     * @return what is wrong, in Vietnamese, or empty when the team can be decided on
     */
    public static Optional<String> problem(String teamName, Collection<String> roles) {
        if (roles.isEmpty()) {
            return Optional.of(teamName + " chưa có thành viên nào");
        }
        long leaders = roles.stream().filter(LEADER::equals).count();
        if (leaders == 0) {
            return Optional.of(teamName + " chưa có Tổ trưởng");
        }
        if (leaders > 1) {
            return Optional.of(teamName + " có " + leaders + " Tổ trưởng; mỗi tổ chỉ có một Tổ trưởng");
        }
        return Optional.empty();
    }
}
