package vn.vanban.decisions.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;

/** The teams a draft request covers: those it names, or by default every team of its kind still in being. */
final class TeamSelection {

    private TeamSelection() {
    }

    /** The chosen teams; what makes the choice impossible is added to {@code problems}. */
    static List<Team> select(Roster roster, NewDecision request, List<RosterProblem> problems) {
        List<Team> chosen = new ArrayList<>();
        if (request.teams() != null && !request.teams().isEmpty()) {
            for (int i = 0; i < request.teams().size(); i++) {
                String key = request.teams().get(i);
                Optional<Team> team = roster.teams().stream().filter(t -> t.key().equals(key)).findFirst();
                if (team.isEmpty()) {
                    problems.add(new RosterProblem("/teams/" + i, "Danh sách của xã không có tổ \"" + key + "\""));
                } else {
                    chosen.add(team.get());
                }
            }
        } else {
            roster.teams().stream().filter(t -> t.status() != TeamStatus.DISSOLVED).forEach(chosen::add);
        }
        switch (request.kind()) {
            case "commune-team" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.COMMUNE && request.teams() == null);
                if (chosen.size() != 1 || chosen.get(0).level() != TeamLevel.COMMUNE) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập Tổ cấp xã cần đúng một tổ cấp xã"));
                }
            }
            case "village-teams" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.VILLAGE && request.teams() == null);
                if (chosen.isEmpty() || chosen.stream().anyMatch(t -> t.level() != TeamLevel.VILLAGE)) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập các tổ thôn, ấp cần ít nhất một tổ và chỉ gồm tổ thôn, ấp"));
                }
            }
            case "each-team" -> {
                if (chosen.isEmpty()) {
                    problems.add(new RosterProblem("/teams", "Danh sách của xã chưa có tổ nào"));
                }
            }
            default -> problems.add(new RosterProblem("/kind",
                    "Loại quyết định phải là commune-team, village-teams hoặc each-team"));
        }
        for (Team t : chosen) {
            if (t.members().isEmpty()) {
                problems.add(new RosterProblem("/teams", "Tổ \"" + t.name() + "\" chưa có thành viên"));
            }
        }
        return chosen;
    }
}
