package vn.vanban.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules without which a document would be wrong on paper, whatever the template: every team has
 * exactly one Tổ trưởng and at least one member. (Softer rules, such as at least five members, are
 * warnings of the roster checks, not reasons to refuse a document.)
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
        if (!(team.get("members") instanceof List<?> members) || members.isEmpty()) {
            problems.add(new FieldProblem(pointer + "/members", name + " chưa có thành viên nào"));
            return;
        }
        long leaders = members.stream().filter(m -> m instanceof Map<?, ?> mm && "leader".equals(mm.get("role"))).count();
        if (leaders == 0) {
            problems.add(new FieldProblem(pointer + "/members", name + " chưa có Tổ trưởng"));
        } else if (leaders > 1) {
            problems.add(new FieldProblem(pointer + "/members", name + " có " + leaders + " Tổ trưởng; mỗi tổ chỉ có một Tổ trưởng"));
        }
    }
}
