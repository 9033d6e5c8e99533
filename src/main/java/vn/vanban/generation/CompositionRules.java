package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanban.roster.checks.TeamComposition;

/**
 * Refuses template data whose teams could not be decided on ({@link TeamComposition}): the rule is the
 * roster checks' own, applied to each team found in the data (one team, a list, or communes' lists).
 */
public final class CompositionRules {

    public void check(Map<String, Object> data) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.get("team") instanceof Map<?, ?> team) {
            checkTeam(team, "/team", problems);
        }
        checkTeams(data.get("teams"), "/teams", problems);
        if (data.get("communes") instanceof List<?> communes) {
            for (int i = 0; i < communes.size(); i++) {
                if (communes.get(i) instanceof Map<?, ?> commune) {
                    checkTeams(commune.get("teams"), "/communes/" + i + "/teams", problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DocumentDataException(DocumentDataException.Kind.UNPROCESSABLE,
                    "Dữ liệu không lập được văn bản hợp lệ", problems);
        }
    }

    private static void checkTeams(Object teams, String pointer, List<FieldProblem> problems) {
        if (teams instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> team) {
                    checkTeam(team, pointer + "/" + i, problems);
                }
            }
        }
    }

    private static void checkTeam(Map<?, ?> team, String pointer, List<FieldProblem> problems) {
        String name = team.get("name") instanceof String s ? s : "Tổ";
        List<String> roles = team.get("members") instanceof List<?> members
                ? members.stream().map(m -> m instanceof Map<?, ?> mm && mm.get("role") instanceof String r ? r : "").toList()
                : List.of();
        TeamComposition.problem(name, roles).ifPresent(p -> problems.add(new FieldProblem(pointer + "/members", p)));
    }
}
