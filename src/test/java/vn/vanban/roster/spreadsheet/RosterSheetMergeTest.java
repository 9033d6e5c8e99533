package vn.vanban.roster.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.form.ListedSeats;
import vn.vanban.roster.Gender;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.spreadsheet.RosterDiff.Entry;
import vn.vanban.roster.spreadsheet.RosterDiff.FieldChange;
import vn.vanban.roster.spreadsheet.RosterDiff.Kind;

class RosterSheetMergeTest {

    private static final String HEADER = "TT,\"Tên phường, xã\",Tên Tổ,Số Quyết định,Họ tên thành viên,Chức vụ trong tổ,"
            + "Số điện thoại liên hệ,Ghi chú\r\n";

    private final Roster roster = SampleRosters.hacThanh();

    /** The sample roster's commune team, unchanged, as CSV lines (the team every other test keeps). */
    private static String communeTeam() {
        String team = "1,Phường Hạc Thành,Tổ công nghệ số cộng đồng phường Hạc Thành,,";
        return team + "Nguyễn Văn Bình,Tổ trưởng,0914994123,\r\n"
                + team + "Phó Chủ tịch UBND phường,Tổ phó thường trực,,\r\n"
                + team + "Trưởng Công an phường,Tổ phó,,\r\n"
                + team + "Lê Thị Hương,Tổ phó,0914 994 456,\"Phụ trách, chuyên môn\"\r\n"
                + team + "Trịnh Văn Quyết,Thành viên,0914994789,Mời\r\n"
                + team + "Các đồng chí là Tổ trưởng tổ công nghệ số tại các khu phố,Thành viên,,\r\n";
    }

    private RosterSheetMerge.Result merge(String csv) {
        RosterSheet sheet = new RosterSheetReader()
                .read(new ByteArrayInputStream((HEADER + csv).getBytes(StandardCharsets.UTF_8)));
        return new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE);
    }

    private static Team team(Roster roster, String name) {
        return roster.teams().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static Membership member(Team team, String key) {
        return team.members().stream().filter(m -> key.equals(m.key())).findFirst().orElseThrow();
    }

    @Test
    void addedChangedAndRemovedAreListedAndApplied() {
        String kp1 = "1,Phường Hạc Thành,Tổ KP1,,";
        RosterSheetMerge.Result result = merge(communeTeam()
                // Tuấn moves from leader to deputy, Lan to leader with a new phone; An gets a note.
                + kp1 + "Hoàng Minh Tuấn,Tổ phó,0385112233,\r\n"
                + kp1 + "Đỗ Thị Lan,Tổ trưởng,0385 999 000,\r\n"
                + kp1 + "Bùi Thị An,Thành viên,,Hội LHPN\r\n"
                + kp1 + "Nguyễn Thị Ánh,Thành viên,0977001122,\r\n"
                + kp1 + "Hoàng Anh Tú,Thành viên,0912345678,Đoàn viên\r\n"
                // Trường has left; Cường and Dung are new.
                + kp1 + "Phạm Văn Cường,Thành viên,0966123456,\r\n"
                + kp1 + "Vũ Thị Dung,Tổ phó,,\r\n"
                // Tổ KP2 is gone, Tổ KP3 is new.
                + "1,Phường Hạc Thành,Tổ KP3,,Lý Văn Hải,Tổ trưởng,0988777666,\r\n");
        RosterDiff diff = result.diff();

        assertThat(diff.added()).containsExactly(
                Entry.member("Tổ KP1", "Phạm Văn Cường"), Entry.member("Tổ KP1", "Vũ Thị Dung"),
                Entry.team("Tổ KP3"), Entry.member("Tổ KP3", "Lý Văn Hải"));
        assertThat(diff.changed()).containsExactly(
                new Entry(Kind.MEMBER, "Tổ KP1", "Hoàng Minh Tuấn",
                        List.of(new FieldChange("Chức vụ", "Tổ trưởng", "Tổ phó"))),
                new Entry(Kind.MEMBER, "Tổ KP1", "Đỗ Thị Lan", List.of(new FieldChange("Chức vụ", "Tổ phó", "Tổ trưởng"),
                        new FieldChange("Số điện thoại", "0385445566", "0385 999 000"))),
                new Entry(Kind.MEMBER, "Tổ KP1", "Bùi Thị An", List.of(new FieldChange("Ghi chú", null, "Hội LHPN"))));
        assertThat(diff.removed()).containsExactly(Entry.member("Tổ KP1", "Mai Xuân Trường"), Entry.team("Tổ KP2"));
        assertThat(diff.isEmpty()).isFalse();

        Roster merged = result.roster();
        assertThat(merged.teams()).extracting(Team::name)
                .containsExactly("Tổ công nghệ số cộng đồng phường Hạc Thành", "Tổ KP1", "Tổ KP3");
        assertThat(merged.teams().get(0)).isSameAs(roster.teams().get(0));
        Team kp1Team = team(merged, "Tổ KP1");
        // Kept members in their old order; Dung (a deputy) after the last deputy, Cường at the end.
        assertThat(kp1Team.members()).extracting(ListedSeats::name).containsExactly("Hoàng Minh Tuấn",
                "Đỗ Thị Lan", "Vũ Thị Dung", "Bùi Thị An", "Nguyễn Thị Ánh", "Hoàng Anh Tú", "Phạm Văn Cường");
        Membership lan = member(kp1Team, "kp1-2");
        assertThat(lan.role()).isEqualTo(Role.LEADER);
        assertThat(lan.person()).isEqualTo(new Person("Đỗ Thị Lan", Gender.FEMALE, "0385 999 000", "+84385999000",
                false, true, null));
        Membership cuong = kp1Team.members().get(6);
        assertThat(cuong.key()).isEqualTo("pham-van-cuong");
        assertThat(cuong.person()).isEqualTo(new Person("Phạm Văn Cường", null, "0966123456", "+84966123456", false,
                false, null));
    }

    @Test
    void aMaskedPhoneSentBackKeepsTheNumberItHides() {
        String kp1 = "1,Phường Hạc Thành,Tổ KP1,,";
        RosterSheetMerge.Result result = merge(communeTeam()
                + kp1 + "Hoàng Minh Tuấn,Tổ trưởng,0385112***,\r\n"
                + kp1 + "Đỗ Thị Lan,Tổ phó,0385445xxx,\r\n"
                + kp1 + "Mai Xuân Trường,Thành viên,0385000***,\r\n"
                + kp1 + "Bùi Thị An,Thành viên,,\r\n"
                + kp1 + "Nguyễn Thị Ánh,Thành viên,,\r\n"
                + kp1 + "Hoàng Anh Tú,Thành viên,+84 912 345 678,Đoàn viên\r\n"
                + "1,Phường Hạc Thành,Tổ KP2,,,,,\r\n");

        // The same numbers masked, or written another way, are no change; a different mask and a removed
        // number are.
        assertThat(result.diff().changed()).containsExactly(
                new Entry(Kind.MEMBER, "Tổ KP1", "Mai Xuân Trường",
                        List.of(new FieldChange("Số điện thoại", "0385778899", "0385000***"))),
                new Entry(Kind.MEMBER, "Tổ KP1", "Nguyễn Thị Ánh",
                        List.of(new FieldChange("Số điện thoại", "0977 001 122", null))));
        Person truong = member(team(result.roster(), "Tổ KP1"), "kp1-3").person();
        assertThat(truong.phoneMasked()).isTrue();
        assertThat(truong.phoneE164()).isNull();
        assertThat(member(team(result.roster(), "Tổ KP1"), "kp1-1").person().phone()).isEqualTo("0385112233");
    }

    @Test
    void onlyWhatTheListCarriesChangesAndSpellingFixesAreChanges() {
        String team = "1,Phường Hạc Thành,tổ công nghệ số cộng đồng  phường Hạc Thành,,";
        String kp = "1,Phường Hạc Thành,Tổ KP1,,";
        RosterSheetMerge.Result result = merge(team + "nguyễn văn bình,Tổ trưởng,0914994123,Chủ tịch\r\n"
                + team + "Phó Chủ tịch UBND Phường,Tổ phó thường trực,0914000111,\r\n"
                + team + "Trưởng Công an phường,Tổ phó,,\r\n"
                + team + "Lê Thị Hương,Tổ phó,0914 994 456,\"Phụ trách, chuyên môn\"\r\n"
                + team + "Trịnh Văn Quyết,Tổ phó,0914994789,Mời\r\n"
                + team + "Các đồng chí là Tổ trưởng tổ công nghệ số tại các khu phố,Thành viên,,\r\n"
                + kp + "Hoàng Minh Tuấn,Tổ trưởng,0385112233,\r\n"
                + kp + "Đỗ Thị Lan,Tổ phó,0385445566,\r\n"
                + kp + "Mai Xuân Trường,Thành viên,0385778899,\r\n"
                + kp + "Bùi Thị An,Thành viên,,\r\n"
                + kp + "Nguyễn Thị Ánh,Thành viên,0977 001 122,\r\n"
                + kp + "Hoàng Anh Tú,Thành viên,0912345678,Đoàn viên\r\n"
                + "1,Phường Hạc Thành,Tổ KP2,,,,,\r\n");

        assertThat(result.diff().added()).isEmpty();
        assertThat(result.diff().removed()).isEmpty();
        assertThat(result.diff().changed()).extracting(Entry::member, e -> e.changes().get(0).field())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, "Tên tổ"),
                        org.assertj.core.groups.Tuple.tuple("nguyễn văn bình", "Họ tên"),
                        org.assertj.core.groups.Tuple.tuple("Phó Chủ tịch UBND Phường", "Họ tên"),
                        org.assertj.core.groups.Tuple.tuple("Trịnh Văn Quyết", "Chức vụ"));
        Team commune = result.roster().teams().get(0);
        Team before = roster.teams().get(0);
        assertThat(commune.name()).isEqualTo("tổ công nghệ số cộng đồng phường Hạc Thành");
        assertThat(commune).usingRecursiveComparison().ignoringFields("name", "members").isEqualTo(before);
        // The chair: new spelling and note; gender, Zalo, position, organisation and key stay.
        assertThat(commune.members().get(0)).isEqualTo(new Membership("chu-tich", Role.LEADER, false, false,
                "Chủ tịch UBND phường", "UBND", new Person("nguyễn văn bình", Gender.MALE, "0914994123", "+84914994123",
                false, true, "Chủ tịch")));
        // A seat without a person: renamed through its position, its phone needs a person without a name.
        assertThat(commune.members().get(1)).isEqualTo(new Membership("pct", Role.STANDING_DEPUTY, false, false,
                "Phó Chủ tịch UBND Phường", "UBND", new Person(null, null, "0914000111", "+84914000111", false, false,
                null)));
        Membership invited = commune.members().get(4);
        assertThat(invited.invited()).isTrue();
        assertThat(invited.role()).isEqualTo(Role.DEPUTY);
        assertThat(invited.organisation()).isEqualTo("MTTQ");
        assertThat(commune.members().get(5).group()).isTrue();
    }

    @Test
    void newTeamsAreThePlaceOfTheirVillageOrTheCommuneTeamWithFreshKeys() {
        Roster withoutCommuneTeam = roster.withContent(roster.profile(), roster.villages(),
                List.of(roster.teams().get(1)));
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream((HEADER
                + "1,Phường Hạc Thành,Tổ KP1,,Hoàng Minh Tuấn,Tổ trưởng,,\r\n"
                + "1,Phường Hạc Thành,Tổ công nghệ số phường,,Nguyễn Văn Bình,Tổ trưởng,,\r\n"
                + "1,Phường Hạc Thành,Tổ KP13,,Trần Văn Một,Tổ trưởng,,\r\n"
                + "1,Phường Hạc Thành,Tổ KP 1,,Trần Văn Hai,Tổ trưởng,,\r\n"
                + "1,Phường Hạc Thành,Tổ phường Hạc Thành mở rộng,,Trần Văn Ba,Thành viên,,\r\n"
                + "1,Phường Hạc Thành,Tổ Khu dân cư mới,,Trần Văn Bốn,Tổ viên,,\r\n"
                + "1,Phường Hạc Thành,Tổ Khu dân cư mới,,Trần Văn Năm,Tổ trưởng,,\r\n")
                .getBytes(StandardCharsets.UTF_8)));

        Roster merged = new RosterSheetMerge().merge(withoutCommuneTeam, sheet, "Phường Hạc Thành").roster();

        assertThat(merged.teams()).extracting(Team::key, Team::level, Team::villageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("to-kp1", TeamLevel.VILLAGE, "kp1"),
                org.assertj.core.groups.Tuple.tuple("to-cong-nghe-so-phuong", TeamLevel.COMMUNE, null),
                org.assertj.core.groups.Tuple.tuple("to-kp13", TeamLevel.VILLAGE, "kp13"),
                org.assertj.core.groups.Tuple.tuple("to-kp-1", TeamLevel.VILLAGE, null),
                // One commune team only: the second name that names the commune is a village team.
                org.assertj.core.groups.Tuple.tuple("to-phuong-hac-thanh-mo-rong", TeamLevel.VILLAGE, null),
                org.assertj.core.groups.Tuple.tuple("to-khu-dan-cu-moi", TeamLevel.VILLAGE, null));
        Team last = merged.teams().get(5);
        assertThat(last.members()).extracting(Membership::role).containsExactly(Role.LEADER, Role.MEMBER);
        assertThat(last.members()).extracting(Membership::key).containsExactly("tran-van-nam", "tran-van-bon");
        assertThat(last.members().get(0).person().zalo()).isFalse();
    }

    @Test
    void teamPlacementReadsTheCommuneNameInItsUsualSpellings() {
        assertThat(TeamPlacement.namesCommune("Tổ công nghệ số cộng đồng phường 1", "UBND phường 1, thành phố Trà Vinh"))
                .isTrue();
        assertThat(TeamPlacement.namesCommune("Tổ công nghệ số cộng đồng phường 10", "phường 1")).isFalse();
        assertThat(TeamPlacement.namesCommune("Tổ CNSCĐ xã Giao Long", "Giao Long")).isTrue();
        assertThat(TeamPlacement.namesCommune("Tổ ấp Giao Long", "Giao Long")).isFalse();
        assertThat(TeamPlacement.namesCommune("Tổ xóm Đông Xá", null)).isFalse();
        assertThat(TeamPlacement.namesCommune("Tổ công nghệ số xã", null)).isTrue();
    }

    @Test
    void aFileOfSeveralCommunesIsRefused() {
        RosterSheet sheet = new RosterSheetReader().read(new ByteArrayInputStream((HEADER
                + "1,Phường Hạc Thành,Tổ KP1,,Hoàng Minh Tuấn,Tổ trưởng,,\r\n"
                + "2,Xã Xuân Bình,Thôn 1,,Lò Văn Sáng,Tổ trưởng,,\r\n").getBytes(StandardCharsets.UTF_8)));

        assertThat(sheet.communes()).containsExactly("Phường Hạc Thành", "Xã Xuân Bình");
        assertThatThrownBy(() -> new RosterSheetMerge().merge(roster, sheet, SampleRosters.COMMUNE))
                .isInstanceOfSatisfying(SheetFormatException.class, e -> assertThat(e.problems()).containsExactly(
                        new SheetProblem(3, "B", "Tên phường, xã", "Tệp có danh sách của nhiều xã, phường "
                                + "(Phường Hạc Thành, Xã Xuân Bình); mỗi lần chỉ nhập được một xã, phường")));
    }
}
