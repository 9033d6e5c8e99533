package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.reference.Commune;

class MemberListDataTest {

    private static Membership seat(Role role, String name) {
        return new Membership(null, role, false, false, "Trưởng thôn", null,
                name == null ? null : new Person(name, null, null, null, false, false, null));
    }

    @Test
    void membersAreListedByGivenNameThenFamilyThenMiddleAndEmptyOrDissolvedTeamsAreLeftOut() {
        Team team = new Team("t", TeamLevel.VILLAGE, "Tổ Thôn 1", null, null, TeamStatus.PROPOSED, null, null, null, List.of(
                seat(Role.LEADER, "Trần Thị Lan"), seat(Role.MEMBER, "Nguyễn Văn Ánh"), seat(Role.MEMBER, "Lê Bình"),
                seat(Role.DEPUTY, "Đỗ An"), seat(Role.MEMBER, "Đào Văn An"), seat(Role.MEMBER, null)));
        Team empty = new Team("e", TeamLevel.VILLAGE, "Tổ trống", null, null, TeamStatus.PROPOSED, null, null, null, List.of());
        Team gone = new Team("g", TeamLevel.VILLAGE, "Tổ đã giải thể", null, null, TeamStatus.DISSOLVED, null, null, null,
                List.of(seat(Role.LEADER, "Vũ Văn Cường")));
        Roster roster = new Roster("16177", 0L, Profile.EMPTY, List.of(), List.of(team, empty, gone), null);
        MemberListData data = new MemberListData("2025", true);
        assertThat(data.add(new Commune("16177", "38", "Xuân Bình", "Xã Xuân Bình", "xã"), roster, Map.of())).isTrue();
        JsonNode teams = data.json().at("/communes/0/teams");
        assertThat(teams.size()).isEqualTo(1);
        List<String> order = teams.get(0).path("members").valueStream()
                .map(m -> m.path("fullName").asString(m.path("position").asString())).toList();
        // An (Đào Văn An, then Đỗ An: family Đào before Đỗ), Ánh, Bình, Lan; the seat with no person by its position.
        assertThat(order).containsExactly("Đào Văn An", "Đỗ An", "Nguyễn Văn Ánh", "Lê Bình", "Trần Thị Lan", "Trưởng thôn");
    }
}
