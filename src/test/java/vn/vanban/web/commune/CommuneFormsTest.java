package vn.vanban.web.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.vanban.roster.Gender;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Role;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.roster.checks.Finding;

/** The rules of the commune's forms: where a problem is shown, what a form becomes, where a finding is fixed. */
class CommuneFormsTest {

    @Test
    void aProblemIsShownAtTheInputNamedByTheLastWordOfItsPointer() {
        FieldErrors errors = FieldErrors.of(List.of(
                new RosterProblem("/teams/3/members/2/person/fullName", "Thiếu họ và tên"),
                new RosterProblem("/profile/deputies/1", "Dòng trống"),
                new RosterProblem("/profile/deputies/2", "Dài quá"),
                new RosterProblem("/villages/0/name", "Thiếu tên thôn")), Set.of("fullName", "deputies"));
        assertThat(errors.fields()).containsEntry("fullName", "Thiếu họ và tên").containsEntry("deputies", "Dòng trống; Dài quá");
        assertThat(errors.others()).containsExactly("Thiếu tên thôn");
        assertThat(errors.any()).isTrue();
        assertThat(FieldErrors.NONE.any()).isFalse();
    }

    @Test
    void thePhoneIsCheckedByTheStoresRules() {
        assertThat(PhoneHint.of("")).isEqualTo(new PhoneHint(true, ""));
        assertThat(PhoneHint.of("0912 345 678").message()).isEqualTo("Số hợp lệ: +84912345678");
        assertThat(PhoneHint.of("0914994***").valid()).isTrue();
        PhoneHint wrong = PhoneHint.of("12345");
        assertThat(wrong.valid()).isFalse();
        assertThat(wrong.message()).startsWith("Số điện thoại 12345 không phải số Việt Nam hợp lệ");
    }

    @Test
    void aConflictListsOnlyTheFieldsThatDiffer() {
        Conflict c = Conflict.between(List.of(new Conflict.Field("Chủ tịch", "Trần Văn Mới"), new Conflict.Field("Lưu", "VT")),
                List.of(new Conflict.Field("Chủ tịch", "Lê Văn Cũ"), new Conflict.Field("Lưu", "VT ")), 8L);
        assertThat(Conflict.between(List.of(new Conflict.Field("Căn cứ", "Luật A\nLuật B")),
                List.of(new Conflict.Field("Căn cứ", "Luật A \r\n\r\nLuật B\r\n")), 8L).rows()).isEmpty();
        assertThat(c.rows()).containsExactly(new Conflict.Row("Chủ tịch", "Trần Văn Mới", "Lê Văn Cũ"));
        assertThat(c.currentVersion()).isEqualTo(8L);
    }

    @Test
    void theProfileFormKeepsOneItemPerLineAndDropsBlankLines() {
        ProfileForm form = new ProfileForm(3L, " ỦY BAN NHÂN DÂN XÃ A ", "chair", "A", "", "Lê Văn B", "Phó 1\n\n  Phó 2  \n",
                "Căn cứ 1\r\nCăn cứ 2", null, null, "Như trên", null);
        Profile p = form.toProfile();
        assertThat(p.issuerName()).isEqualTo("ỦY BAN NHÂN DÂN XÃ A");
        assertThat(p.issuerKind()).isEqualTo(Profile.IssuerKind.CHAIR);
        assertThat(p.symbol()).isEqualTo("QĐ-UBND");
        assertThat(p.deputies()).extracting(d -> d.text()).containsExactly("Phó 1", "Phó 2");
        assertThat(p.legalBases()).extracting(b -> b.text()).containsExactly("Căn cứ 1", "Căn cứ 2");
        ProfileForm back = ProfileForm.of(new RosterPart<>(3L, p));
        assertThat(back.deputies()).isEqualTo("Phó 1\nPhó 2");
        assertThat(back.toProfile()).isEqualTo(p);
    }

    @Test
    void aSeatWithoutNameOrPhoneIsASeatNamedByItsPosition() {
        Membership positionOnly = new MemberForm(1L, "member", null, null, " ", "", "Trưởng Công an xã", null, "", null, null)
                .toMembership(null);
        assertThat(positionOnly.person()).isNull();
        assertThat(positionOnly.position()).isEqualTo("Trưởng Công an xã");
        Membership named = new MemberForm(1L, "standing-deputy", true, null, "Lê Thị Hoa", "female", null, null, "0912345678",
                true, null).toMembership("k");
        assertThat(named.role()).isEqualTo(Role.STANDING_DEPUTY);
        assertThat(named.invited()).isTrue();
        assertThat(named.group()).isFalse();
        assertThat(named.person().gender()).isEqualTo(Gender.FEMALE);
        assertThat(named.person().zalo()).isTrue();
        assertThat(MemberForm.of(1L, named).toMembership("k")).isEqualTo(named);
    }

    @Test
    void aFindingLinksToThePageThatFixesIt() {
        Membership seat = new Membership("m1", Role.MEMBER, false, false, null, null,
                new vn.vanban.roster.Person("Lê Văn A", null, null, null, false, false, null));
        Roster roster = Roster.empty("16177").withContent(Profile.EMPTY,
                List.of(new Village("thon-1", "thôn", "Thôn 1", true), new Village("thon-7", "thôn", "Thôn 7", true)),
                List.of(new Team("to-1", TeamLevel.VILLAGE, "Tổ 1", null, "thon-1", TeamStatus.PROPOSED, null, null, null, List.of(seat))));
        assertThat(link(roster, "village-without-team", "/villages/1"))
                .isEqualTo(new FindingLinks.Link("/communes/16177/teams/new?village=thon-7", "Thêm tổ cho thôn này"));
        assertThat(link(roster, "phone", "/teams/0/members/0/person/phone").href())
                .isEqualTo("/communes/16177/teams/to-1/members/m1#f-phone");
        assertThat(link(roster, "team-size", "/teams/0/members").href()).isEqualTo("/communes/16177/teams/to-1#them-thanh-vien");
        assertThat(link(roster, "reconstitution-due", "/teams/0").href()).isEqualTo("/communes/16177/decisions/new");
        assertThat(link(roster, "legacy-encoding", "/profile/chair").href()).isEqualTo("/communes/16177/profile#f-chair");
        assertThat(link(roster, "x", "/teams/9").href()).isNull();
        assertThat(FindingLinks.readable("Số 0912345678 trùng (cũng có ở /teams/0/members/0/person/phone)", roster))
                .isEqualTo("Số 0912345678 trùng (cũng có ở Lê Văn A (Tổ 1))");
    }

    @Test
    void aPointerInAStoreMessageIsNotShownOnAForm() {
        FieldErrors errors = FieldErrors.of(List.of(new RosterProblem("/teams/2/villageKey",
                "Thôn, ấp này đã có tổ ở /teams/1; mỗi thôn, ấp chỉ có một Tổ công nghệ số cộng đồng")), Set.of("villageKey"));
        assertThat(errors.fields().get("villageKey")).isEqualTo("Thôn, ấp này đã có tổ; mỗi thôn, ấp chỉ có một Tổ công nghệ số cộng đồng");
    }

    @Test
    void aVillageIsNamedWithItsKindUnlessItsNameSaysIt() {
        assertThat(CommuneOverviews.villageLabel(new Village("a", "thôn", "Thôn 1", true))).isEqualTo("Thôn 1");
        assertThat(CommuneOverviews.villageLabel(new Village("b", "ấp", "Giao Hòa A", true))).isEqualTo("Ấp Giao Hòa A");
    }

    private static FindingLinks.Link link(Roster roster, String rule, String pointer) {
        return FindingLinks.of("16177", new Finding(Finding.Severity.WARNING, rule, "…", pointer), roster);
    }
}
