package vn.vanban.roster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban.limits.FieldLengths;
import vn.vanban.limits.TextCharacters;
import vn.vanban.text.VietnameseText;

/**
 * What the store refuses: a roster it could not keep consistent (missing names, keys that clash or point
 * nowhere, text longer than its column). The guidance letters' rules (team size, one leader …) are not
 * here: they are findings of the checks, and a roster that breaks them is still saved.
 */
final class RosterValidator {

    private static final int MAX_TEAMS = 1000;
    private static final int MAX_MEMBERS = 1000;

    List<RosterProblem> validate(Roster roster) {
        List<RosterProblem> problems = new ArrayList<>();
        Profile p = roster.profile();
        length(problems, "/profile/issuerName", p.issuerName(), FieldLengths.ISSUER_NAME);
        length(problems, "/profile/place", p.place(), FieldLengths.PLACE);
        length(problems, "/profile/symbol", p.symbol(), FieldLengths.SYMBOL);
        length(problems, "/profile/chair", p.chair(), FieldLengths.PERSON_NAME);
        length(problems, "/profile/proposedBy", p.proposedBy(), FieldLengths.PROPOSED_BY);
        length(problems, "/profile/executors", p.executors(), FieldLengths.EXECUTORS);
        length(problems, "/profile/archive", p.archive(), FieldLengths.ARCHIVE);
        lines(problems, "/profile/deputies", p.deputies().stream().map(ProfileDeputy::text).toList(), FieldLengths.PERSON_NAME);
        lines(problems, "/profile/legalBases", p.legalBases().stream().map(LegalBasis::text).toList(), FieldLengths.LEGAL_BASIS);
        lines(problems, "/profile/recipients", p.recipients().stream().map(Recipient::text).toList(), FieldLengths.RECIPIENT);

        Set<String> villageKeys = new HashSet<>();
        for (int i = 0; i < roster.villages().size(); i++) {
            Village v = roster.villages().get(i);
            String at = "/villages/" + i;
            key(problems, at + "/key", v.key(), villageKeys, "thôn, ấp, khu phố");
            required(problems, at + "/kind", v.kind(), "Thiếu loại đơn vị (thôn, ấp, khu phố, tổ dân phố …)");
            required(problems, at + "/name", v.name(), "Thiếu tên thôn, ấp, khu phố");
            length(problems, at + "/kind", v.kind(), FieldLengths.VILLAGE_KIND);
            length(problems, at + "/name", v.name(), FieldLengths.VILLAGE_NAME);
        }
        for (int i = 0; i < roster.villages().size(); i++) {
            Village v = roster.villages().get(i);
            if (v.mergedInto() == null) {
                continue;
            }
            String at = "/villages/" + i + "/mergedInto";
            Village into = roster.villages().stream().filter(o -> v.mergedInto().equals(o.key())).findFirst().orElse(null);
            if (v.active()) {
                problems.add(new RosterProblem(at, "Thôn còn hoạt động thì không sáp nhập vào thôn khác; đặt \"active\": false khi đã sáp nhập"));
            } else if (into == null || into == v) {
                problems.add(new RosterProblem(at, "Không có thôn, ấp, khu phố khác có khóa \"" + v.mergedInto() + "\" để sáp nhập vào"));
            }
        }
        if (roster.teams().size() > MAX_TEAMS) {
            problems.add(new RosterProblem("/teams", "Quá nhiều tổ: " + roster.teams().size() + " (tối đa " + MAX_TEAMS + ")"));
        }
        Set<String> teamKeys = new HashSet<>();
        Set<String> memberKeys = new HashSet<>();
        Map<String, String> villageTeams = new HashMap<>();
        Map<String, String> teamNames = new HashMap<>();
        int communeTeams = 0;
        for (int t = 0; t < roster.teams().size(); t++) {
            Team team = roster.teams().get(t);
            String at = "/teams/" + t;
            key(problems, at + "/key", team.key(), teamKeys, "tổ");
            required(problems, at + "/name", team.name(), "Thiếu tên tổ");
            length(problems, at + "/name", team.name(), FieldLengths.TEAM_NAME);
            uniqueName(problems, at, team.name(), teamNames);
            length(problems, at + "/shortName", team.shortName(), FieldLengths.TEAM_SHORT_NAME);
            length(problems, at + "/zaloGroup", team.zaloGroup(), FieldLengths.ZALO_GROUP);
            length(problems, at + "/note", team.note(), FieldLengths.NOTE);
            if (team.level() == null) {
                problems.add(new RosterProblem(at + "/level", "Thiếu cấp của tổ: \"commune\" (cấp xã) hoặc \"village\" (thôn, ấp)"));
            } else if (team.level() == TeamLevel.COMMUNE) {
                communeTeams++;
                if (communeTeams == 2) {
                    problems.add(new RosterProblem(at + "/level", "Mỗi xã chỉ có một Tổ công nghệ số cộng đồng cấp xã"));
                }
                if (team.villageKey() != null) {
                    problems.add(new RosterProblem(at + "/villageKey", "Tổ cấp xã không thuộc thôn, ấp nào"));
                }
            }
            if (team.villageKey() != null) {
                if (!villageKeys.contains(team.villageKey())) {
                    problems.add(new RosterProblem(at + "/villageKey", "Không có thôn, ấp, khu phố có khóa \""
                            + team.villageKey() + "\" trong danh sách \"villages\""));
                } else if (team.status() != TeamStatus.DISSOLVED) {
                    String other = villageTeams.putIfAbsent(team.villageKey(), at);
                    if (other != null) {
                        problems.add(new RosterProblem(at + "/villageKey", "Thôn, ấp này đã có tổ ở " + other
                                + "; mỗi thôn, ấp chỉ có một Tổ công nghệ số cộng đồng"));
                    }
                }
            }
            if (team.members().size() > MAX_MEMBERS) {
                problems.add(new RosterProblem(at + "/members", "Tổ có quá nhiều thành viên: " + team.members().size()));
            }
            for (int m = 0; m < team.members().size(); m++) {
                member(problems, at + "/members/" + m, team.members().get(m), memberKeys);
            }
        }
        return problems;
    }

    private static void member(List<RosterProblem> problems, String at, Membership m, Set<String> memberKeys) {
        key(problems, at + "/key", m.key(), memberKeys, "thành viên");
        if (m.role() == null) {
            problems.add(new RosterProblem(at + "/role",
                    "Thiếu vai trò trong tổ: leader, standing-deputy, deputy hoặc member"));
        }
        length(problems, at + "/position", m.position(), FieldLengths.POSITION);
        length(problems, at + "/organisation", m.organisation(), FieldLengths.ORGANISATION);
        Person p = m.person();
        if (p == null) {
            required(problems, at + "/position", m.position(),
                    "Thành viên không ghi tên người thì phải ghi chức vụ (ví dụ \"Trưởng Công an xã\")");
            return;
        }
        required(problems, at + "/person/fullName", p.fullName(), "Thiếu họ và tên");
        length(problems, at + "/person/fullName", p.fullName(), FieldLengths.PERSON_NAME);
        length(problems, at + "/person/phone", p.phone(), FieldLengths.PHONE);
        length(problems, at + "/person/note", p.note(), FieldLengths.NOTE);
    }

    private static void key(List<RosterProblem> problems, String at, String key, Set<String> seen, String what) {
        if (key == null) {
            return;
        }
        if (!Keys.FORMAT.matcher(key).matches()) {
            problems.add(new RosterProblem(at, "Khóa \"" + key + "\" chỉ được gồm chữ thường không dấu, chữ số và "
                    + "dấu gạch nối, tối đa 60 ký tự"));
        } else if (!seen.add(key)) {
            problems.add(new RosterProblem(at, "Khóa \"" + key + "\" bị trùng; mỗi " + what + " cần một khóa riêng"));
        }
    }

    /**
     * Lists, decisions and the spreadsheet round trip tell teams apart by their printed name: two teams of
     * one commune under one name would print as one team.
     */
    private static void uniqueName(List<RosterProblem> problems, String at, String name, Map<String, String> seen) {
        if (name == null || name.isBlank()) {
            return;
        }
        String folded = VietnameseText.squeeze(VietnameseText.nfc(name)).toLowerCase(VietnameseText.VIETNAMESE);
        String other = seen.putIfAbsent(folded, at);
        if (other != null) {
            problems.add(new RosterProblem(at + "/name", "Tên tổ \"" + name.strip() + "\" trùng với tổ ở " + other
                    + "; mỗi tổ cần một tên riêng để danh sách và quyết định phân biệt được"));
        }
    }

    private static void required(List<RosterProblem> problems, String at, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new RosterProblem(at, message));
        }
    }

    /** A text the store keeps: no longer than its column, and only characters every document can carry. */
    private static void length(List<RosterProblem> problems, String at, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RosterProblem(at, "Dài " + value.length() + " ký tự, vượt quá " + max + " ký tự"));
        }
        String characters = TextCharacters.problem(value);
        if (characters != null) {
            problems.add(new RosterProblem(at, characters));
        }
    }

    private static void lines(List<RosterProblem> problems, String at, List<String> values, int max) {
        for (int i = 0; i < values.size(); i++) {
            required(problems, at + "/" + i, values.get(i), "Dòng trống");
            length(problems, at + "/" + i, values.get(i), max);
        }
    }
}
