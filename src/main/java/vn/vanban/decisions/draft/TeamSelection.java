package vn.vanban.decisions.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.vanban.decisions.Decision;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;

/**
 * The teams a draft request covers: those it names, or by default every team of its kind still in being.
 * A founding decision (commune-team, village-teams, each-team) is only for teams without a decision in
 * force; a kiện toàn decision (reconstitute) only for teams that have one; a dissolution (dissolve) only for
 * teams that have one and whose village was merged into another or removed.
 */
final class TeamSelection {

    static final String KINDS = "commune-team, village-teams, each-team, reconstitute hoặc dissolve";

    /** The kinds a request may ask for, in the order a form offers them. */
    static final List<String> KIND_VALUES = List.of("commune-team", "village-teams", "each-team", "reconstitute", "dissolve");

    private TeamSelection() {
    }

    /**
     * Whether a request of {@code kind} that names no team covers this team still in being: a founding
     * decision takes the teams of its level without a decision in force, a kiện toàn decision those with one.
     */
    static boolean coversByDefault(String kind, Team t, Roster roster) {
        return switch (kind) {
            case "dissolve" -> t.decisionId() != null && villageEnded(roster, t);
            case "commune-team" -> t.level() == TeamLevel.COMMUNE && t.decisionId() == null;
            case "village-teams" -> t.level() == TeamLevel.VILLAGE && t.decisionId() == null;
            case "each-team" -> t.decisionId() == null;
            case "reconstitute" -> t.decisionId() != null;
            default -> false;
        };
    }

    /**
     * Why a kind covers no team, in the words of the form that offers the kinds (not of the API).
     *
     * @param live       the teams still in being
     * @param candidates those of {@code live} the kind covers (all without members, or none)
     */
    static String unavailable(String kind, List<Team> live, List<Team> candidates, Map<Long, Decision> registered) {
        if (!candidates.isEmpty()) {
            return "Các tổ có thể chọn chưa có thành viên: " + String.join(", ", candidates.stream().map(Team::name).toList()) + ".";
        }
        if (kind.equals("dissolve")) {
            return "Không có tổ nào có quyết định đang có hiệu lực mà thôn, tổ dân phố của tổ đã sáp nhập hoặc không còn; "
                    + "giải thể chỉ dành cho tổ như vậy (ghi việc sáp nhập ở trang Thôn, tổ dân phố).";
        }
        if (kind.equals("reconstitute")) {
            return "Chưa có tổ nào có quyết định thành lập đã vào sổ; kiện toàn chỉ dành cho tổ đã có quyết định đang có hiệu lực.";
        }
        List<Team> ofLevel = live.stream().filter(t -> switch (kind) {
            case "commune-team" -> t.level() == TeamLevel.COMMUNE;
            case "village-teams" -> t.level() == TeamLevel.VILLAGE;
            default -> true;
        }).toList();
        if (ofLevel.isEmpty()) {
            return switch (kind) {
                case "commune-team" -> "Danh sách của xã chưa có tổ cấp xã.";
                case "village-teams" -> "Danh sách của xã chưa có tổ ở thôn, tổ dân phố.";
                default -> "Danh sách của xã chưa có tổ nào.";
            };
        }
        Set<String> decisions = new LinkedHashSet<>();
        ofLevel.forEach(t -> decisions.add(reference(t, registered)));
        return (kind.equals("commune-team") ? "Tổ cấp xã đã có" : "Các tổ đã có") + " quyết định thành lập đang có hiệu lực (Quyết định số "
                + String.join("; ", decisions) + "). Không thành lập lại; khi thành viên thay đổi, hãy chọn “Kiện toàn”.";
    }

    /**
     * The chosen teams; what makes the choice impossible is added to {@code problems}.
     *
     * @param registered the commune's registered decisions by id, to name a team's decision in force
     */
    static List<Team> select(Roster roster, NewDecision request, Map<Long, Decision> registered, List<RosterProblem> problems) {
        boolean reconstitute = "reconstitute".equals(request.kind());
        boolean dissolve = "dissolve".equals(request.kind());
        boolean named = request.teams() != null && !request.teams().isEmpty();
        int before = problems.size();
        List<Team> chosen = new ArrayList<>();
        if (named) {
            for (int i = 0; i < request.teams().size(); i++) {
                String key = request.teams().get(i);
                Optional<Team> team = roster.teams().stream().filter(t -> t.key().equals(key)).findFirst();
                if (team.isEmpty()) {
                    problems.add(new RosterProblem("/teams/" + i, "Danh sách của xã không có tổ \"" + key + "\""));
                } else if (dissolve && team.get().decisionId() == null) {
                    problems.add(new RosterProblem("/teams/" + i, team.get().name() + " chưa có quyết định thành lập đã vào sổ; "
                            + "không có quyết định nào để giải thể, hãy xóa tổ khỏi danh sách"));
                } else if (dissolve && !villageEnded(roster, team.get())) {
                    problems.add(new RosterProblem("/teams/" + i, stillExists(roster, team.get())));
                } else if (dissolve) {
                    chosen.add(team.get());
                } else if (reconstitute && team.get().decisionId() == null) {
                    problems.add(new RosterProblem("/teams/" + i, team.get().name() + " chưa có quyết định thành lập đã vào sổ; "
                            + "hãy lập quyết định thành lập (commune-team, village-teams hoặc each-team), không phải kiện toàn"));
                } else if (!reconstitute && team.get().decisionId() != null) {
                    problems.add(new RosterProblem("/teams/" + i, foundedAlready(team.get(), registered)));
                } else {
                    chosen.add(team.get());
                }
            }
        } else {
            roster.teams().stream().filter(t -> t.status() != TeamStatus.DISSOLVED).forEach(chosen::add);
        }
        // By default a founding decision leaves out the teams that have one; if that leaves none of the kind, say why.
        List<Team> decided = new ArrayList<>();
        switch (request.kind()) {
            case "commune-team" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.COMMUNE && !named);
                undecided(chosen, decided, named);
                if (chosen.isEmpty() && !decided.isEmpty()) {
                    problems.add(new RosterProblem("/kind", foundedAlready(decided.get(0), registered)));
                } else if (chosen.size() != 1 || chosen.get(0).level() != TeamLevel.COMMUNE) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập Tổ cấp xã cần đúng một tổ cấp xã"));
                }
            }
            case "village-teams" -> {
                chosen.removeIf(t -> t.level() != TeamLevel.VILLAGE && !named);
                undecided(chosen, decided, named);
                if (chosen.isEmpty() && !decided.isEmpty()) {
                    problems.add(new RosterProblem("/kind", foundedAlready(decided, registered)));
                } else if (chosen.isEmpty() || chosen.stream().anyMatch(t -> t.level() != TeamLevel.VILLAGE)) {
                    problems.add(new RosterProblem("/teams", "Quyết định thành lập các tổ thôn, ấp cần ít nhất một tổ và chỉ gồm tổ thôn, ấp"));
                }
            }
            case "each-team" -> {
                undecided(chosen, decided, named);
                if (chosen.isEmpty() && !decided.isEmpty()) {
                    problems.add(new RosterProblem("/kind", foundedAlready(decided, registered)));
                } else if (chosen.isEmpty() && problems.size() == before) {
                    problems.add(new RosterProblem("/teams", "Danh sách của xã chưa có tổ nào"));
                }
            }
            case "reconstitute" -> {
                chosen.removeIf(t -> t.decisionId() == null && !named);
                if (chosen.isEmpty() && problems.size() == before) {
                    problems.add(new RosterProblem("/teams", "Chưa có tổ nào có quyết định thành lập đã vào sổ để kiện toàn"));
                }
            }
            case "dissolve" -> {
                chosen.removeIf(t -> !named && (t.decisionId() == null || !villageEnded(roster, t)));
                if (chosen.isEmpty() && problems.size() == before) {
                    problems.add(new RosterProblem("/teams", "Không có tổ nào có quyết định đang có hiệu lực mà thôn, tổ dân phố "
                            + "của tổ đã sáp nhập hoặc không còn; giải thể chỉ dành cho tổ như vậy"));
                }
                return chosen;
            }
            default -> problems.add(new RosterProblem("/kind", "Loại quyết định phải là " + KINDS));
        }
        for (Team t : chosen) {
            if (t.members().isEmpty()) {
                problems.add(new RosterProblem("/teams", "Tổ \"" + t.name() + "\" chưa có thành viên"));
            }
        }
        return chosen;
    }

    /** Moves the teams with a decision in force from {@code chosen} to {@code decided} (only for a default choice). */
    private static void undecided(List<Team> chosen, List<Team> decided, boolean named) {
        if (!named) {
            chosen.stream().filter(t -> t.decisionId() != null).forEach(decided::add);
            chosen.removeIf(t -> t.decisionId() != null);
        }
    }

    private static String foundedAlready(Team team, Map<Long, Decision> registered) {
        return team.name() + " đã có Quyết định số " + reference(team, registered) + " đang có hiệu lực; không thành lập lại, "
                + "khi thành viên thay đổi hãy lập quyết định kiện toàn (kind reconstitute)";
    }

    private static String foundedAlready(List<Team> teams, Map<Long, Decision> registered) {
        Set<String> decisions = new LinkedHashSet<>();
        teams.forEach(t -> decisions.add(reference(t, registered)));
        return "Các tổ đã có quyết định thành lập đang có hiệu lực (Quyết định số " + String.join("; ", decisions)
                + "); không thành lập lại, khi thành viên thay đổi hãy lập quyết định kiện toàn (kind reconstitute)";
    }

    /** The team serves a village that was merged into another or removed. */
    static boolean villageEnded(Roster roster, Team team) {
        return team.villageKey() != null && roster.villages().stream()
                .anyMatch(v -> v.key().equals(team.villageKey()) && v.ended());
    }

    private static String stillExists(Roster roster, Team team) {
        if (team.villageKey() == null) {
            return team.name() + " là tổ cấp xã; chỉ giải thể tổ của thôn, tổ dân phố đã sáp nhập hoặc không còn";
        }
        return team.name() + ": thôn, tổ dân phố của tổ vẫn còn; chỉ giải thể khi thôn đã sáp nhập vào thôn khác hoặc không còn "
                + "(ghi \"active\": false và \"mergedInto\" cho thôn)";
    }

    static String reference(Team team, Map<Long, Decision> registered) {
        Decision d = registered.get(team.decisionId());
        return d == null ? "mã " + team.decisionId() : d.reference();
    }
}
