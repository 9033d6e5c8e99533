package vn.vanban.memberlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;

class RosterMemberRowsTest {

    private static Membership seat(Role role, String name) {
        return new Membership(null, role, false, false, "Trưởng thôn", null,
                name == null ? null : new Person(name, null, null, null, false, false, null));
    }

    private final Team team = new Team("t", TeamLevel.VILLAGE, "Tổ Thôn 1", null, null, TeamStatus.PROPOSED, null, null,
            null, List.of(seat(Role.LEADER, "Trần Thị Lan"), seat(Role.MEMBER, "Nguyễn Văn Ánh"),
            seat(Role.MEMBER, "Lê Bình"), seat(Role.DEPUTY, "Đỗ An"), seat(Role.MEMBER, "Đào Văn An"),
            seat(Role.MEMBER, null)));
    private final Team empty = new Team("e", TeamLevel.VILLAGE, "Tổ trống", null, null, TeamStatus.PROPOSED, null, null,
            null, List.of());
    private final Team gone = new Team("g", TeamLevel.VILLAGE, "Tổ đã giải thể", null, null, TeamStatus.DISSOLVED, null,
            null, null, List.of(seat(Role.LEADER, "Vũ Văn Cường")));
    private final Roster roster = new Roster("16177", 0L, Profile.EMPTY, List.of(), List.of(team, empty, gone), null);

    @Test
    void seatsAreListedByRoleThenByGivenNameThenFamilyThenMiddleAndEmptyOrDissolvedTeamsAreLeftOutOfAPrintedList() {
        List<MemberListRow> rows = RosterMemberRows.of("16177", "Xã Xuân Bình", roster, t -> null,
                RosterMemberRows.Teams.SEATED);
        // The Tổ trưởng first and the Tổ phó next, as the seeds list them, whatever their names; then the members:
        // An (Đào Văn An), Ánh, Bình; the seat with no person by its position, after the named members.
        assertThat(rows).extracting(MemberListRow::memberName)
                .containsExactly("Trần Thị Lan", "Đỗ An", "Đào Văn An", "Nguyễn Văn Ánh", "Lê Bình", "Trưởng thôn");
        assertThat(rows).extracting(MemberListRow::teamName).containsOnly("Tổ Thôn 1");
    }

    @Test
    void positionOnlySeatsKeepTheDecisionOrderWithinTheirRole() {
        Membership police = new Membership(null, Role.MEMBER, false, false, "Trưởng Công an phường", null, null);
        Membership youth = new Membership(null, Role.MEMBER, false, false, "Bí thư Đoàn phường", null, null);
        Membership chair = new Membership(null, Role.LEADER, false, false, "Chủ tịch UBND phường", null, null);
        Membership deputy = new Membership(null, Role.STANDING_DEPUTY, false, false, "Phó Chủ tịch UBND phường", null, null);
        List<Membership> listed = vn.vanban.roster.form.ListedSeats.inListOrder(List.of(police, youth, deputy, chair));
        assertThat(listed).containsExactly(chair, deputy, police, youth);
    }

    @Test
    void aSpreadsheetListsEveryTeamAndATeamWithoutMembersAsARowOfItsOwn() {
        List<MemberListRow> rows = RosterMemberRows.of("16177", "Xã Xuân Bình", roster,
                t -> t.key().equals("e") ? "01/QĐ-UBND ngày 10/7/2025" : null, RosterMemberRows.Teams.ALL);
        assertThat(rows).extracting(MemberListRow::teamName).containsSubsequence("Tổ Thôn 1", "Tổ trống", "Tổ đã giải thể");
        MemberListRow emptyTeam = rows.stream().filter(r -> r.teamName().equals("Tổ trống")).findFirst().orElseThrow();
        assertThat(emptyTeam.hasMember()).isFalse();
        assertThat(emptyTeam.memberName()).isEmpty();
        assertThat(emptyTeam.decisionText()).isEqualTo("01/QĐ-UBND ngày 10/7/2025");
    }
}
