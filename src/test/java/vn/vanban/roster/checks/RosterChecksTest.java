package vn.vanban.roster.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.text.LegacyText;

class RosterChecksTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final java.util.concurrent.atomic.AtomicInteger PHONE = new java.util.concurrent.atomic.AtomicInteger();

    private static ObjectNode member(String role, String name, String phone) {
        ObjectNode m = JSON.createObjectNode().put("role", role).put("fullName", name);
        if (phone != null) {
            m.put("phone", phone);
        }
        return m;
    }

    /** A clean village team of five: leader, deputy and three members, all valid phones. */
    private static ObjectNode team(String village, String... names) {
        ObjectNode t = JSON.createObjectNode().put("level", "village").put("name", "Tổ " + village);
        t.putObject("area").put("kind", "ấp").put("name", village);
        ArrayNode members = t.putArray("members");
        String[] roles = {"leader", "deputy", "member", "member", "member"};
        for (int i = 0; i < names.length; i++) {
            members.add(member(roles[Math.min(i, 4)], names[i], String.format("09123%05d", PHONE.incrementAndGet())));
        }
        return t;
    }

    private static ObjectNode roster(ObjectNode... teams) {
        ObjectNode r = JSON.createObjectNode();
        ArrayNode villages = r.putArray("villages");
        ArrayNode list = r.putArray("teams");
        for (ObjectNode t : teams) {
            list.add(t);
            villages.addObject().put("kind", "ấp").put("name", t.path("area").path("name").asString());
        }
        return r;
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private final RosterChecks checks = new RosterChecks(5);

    @Test
    void aCleanRosterHasNoFindings() {
        assertThat(checks.check(roster(team("Giao Hòa A", "An", "Bình", "Chi", "Dũng", "Em")))).isEmpty();
    }

    @Test
    void smallTeamsAreWarnedWithTheConfiguredMinimum() {
        JsonNode r = roster(team("A", "An", "Bình", "Chi", "Dũng"));
        assertThat(checks.check(r)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("team-size");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/teams/0/members");
        });
        assertThat(new RosterChecks(4).check(r)).isEmpty();
    }

    @Test
    void noLeaderOrTwoLeadersIsAnErrorAndNoDeputyAWarning() {
        ObjectNode t = team("A", "An", "Bình", "Chi", "Dũng", "Em");
        ((ObjectNode) t.at("/members/0")).put("role", "member");
        ((ObjectNode) t.at("/members/1")).put("role", "member");
        List<Finding> f = checks.check(roster(t));
        assertThat(rules(f)).containsExactlyInAnyOrder("one-leader", "deputy");
        assertThat(f.stream().filter(x -> x.rule().equals("one-leader")).findFirst().orElseThrow().severity())
                .isEqualTo(Finding.Severity.ERROR);
        ((ObjectNode) t.at("/members/0")).put("role", "leader");
        ((ObjectNode) t.at("/members/2")).put("role", "leader");
        assertThat(checks.check(roster(t))).anyMatch(x -> x.message().contains("2 Tổ trưởng"));
    }

    @Test
    void everyVillageNeedsATeam() {
        ObjectNode r = roster(team("A", "An", "Bình", "Chi", "Dũng", "Em"));
        r.withArray("villages").addObject().put("kind", "ấp").put("name", "Thạnh Lợi");
        assertThat(checks.check(r)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("village-without-team");
            assertThat(f.message()).isEqualTo("Ấp Thạnh Lợi chưa có Tổ công nghệ số cộng đồng");
            assertThat(f.pointer()).isEqualTo("/villages/1");
        });
    }

    @Test
    void theCommuneTeamIsLedByTheChair() {
        ObjectNode t = team("X", "An", "Bình", "Chi", "Dũng", "Em");
        t.put("level", "commune");
        ((ObjectNode) t.at("/members/0")).put("position", "Phó Chủ tịch UBND phường");
        ObjectNode r = JSON.createObjectNode();
        r.putArray("teams").add(t);
        assertThat(rules(checks.check(r))).containsExactly("commune-team-leader");
        ((ObjectNode) t.at("/members/0")).put("position", "Chủ tịch Ủy ban nhân dân phường");
        assertThat(checks.check(r)).isEmpty();
    }

    @Test
    void samePersonOrPhoneTwiceIsWarned() {
        ObjectNode a = team("A", "An", "Bình", "Chi", "Dũng", "Em");
        ObjectNode b = team("B", "Giang", "Hà", "Chi", "Khánh", "Lan");
        ((ObjectNode) b.at("/members/4")).put("phone", a.at("/members/0/phone").asString());
        List<Finding> f = checks.check(roster(a, b));
        assertThat(rules(f)).containsExactlyInAnyOrder("duplicate-person", "duplicate-phone");
        assertThat(f.get(0).message()).contains("/teams/0/members/2");
    }

    @Test
    void invalidPhonesAreWarnedButMaskedOnesAreNot() {
        ObjectNode t = team("A", "An", "Bình", "Chi", "Dũng", "Em");
        ((ObjectNode) t.at("/members/0")).put("phone", "01219074549");
        ((ObjectNode) t.at("/members/1")).put("phone", "0914994***");
        ((ObjectNode) t.at("/members/2")).put("phone", "+84 919 074 549");
        List<Finding> f = checks.check(roster(t));
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("phone");
            assertThat(x.pointer()).isEqualTo("/teams/0/members/0/phone");
        });
    }

    @Test
    void decomposedAndLegacyTextIsReportedWhereItIs() {
        ObjectNode t = team("A", "An", "Bình", "Chi", "Dũng", "Em");
        ((ObjectNode) t.at("/members/3")).put("fullName", Normalizer.normalize("Nguyễn Văn Dũng", Normalizer.Form.NFD));
        // "Nguyễn Thị Hương" typed in TCVN3 (.VnTime) and read as Latin-1.
        ((ObjectNode) t.at("/members/4")).put("fullName", "NguyÔn ThÞ H\u00AD\u00ACng");
        List<Finding> f = checks.check(roster(t));
        assertThat(f).extracting(Finding::rule, Finding::pointer).contains(
                org.assertj.core.groups.Tuple.tuple("decomposed-text", "/teams/0/members/3/fullName"),
                org.assertj.core.groups.Tuple.tuple("legacy-encoding", "/teams/0/members/4/fullName"));
    }

    @Test
    void vniTextIsRecognised() {
        assertThat(LegacyText.detect("Nguyeãn Vaên Taâm")).contains(LegacyText.Encoding.VNI);
        assertThat(LegacyText.detect("Nguyễn Văn Tâm")).isEmpty();
        assertThat(LegacyText.detect("Café ® 2025")).isEmpty();
    }

    /** The stored roster's shape: people under "person", teams linked to villages by key, the chair in the profile. */
    @Test
    void storedRostersAreCheckedTooWithPointersIntoThem() {
        ObjectNode r = JSON.createObjectNode();
        r.putObject("profile").put("chair", "Lê Thanh Phong");
        ArrayNode villages = r.putArray("villages");
        villages.addObject().put("key", "ap-a").put("kind", "ấp").put("name", "A").put("active", true);
        villages.addObject().put("key", "ap-b").put("kind", "ấp").put("name", "B").put("active", true);
        villages.addObject().put("key", "ap-c").put("kind", "ấp").put("name", "C").put("active", false);
        ArrayNode teams = r.putArray("teams");
        ObjectNode commune = teams.addObject().put("level", "commune").put("name", "Tổ xã");
        ArrayNode cm = commune.putArray("members");
        cm.addObject().put("role", "leader").put("position", "Bí thư").putObject("person").put("fullName", "Lê Thanh Phong");
        cm.addObject().put("role", "deputy").putObject("person").put("fullName", "Trần Văn Bảy").put("phone", "0918234567");
        ObjectNode village = teams.addObject().put("level", "village").put("name", "Tổ ấp A").put("villageKey", "ap-a");
        ArrayNode vm = village.putArray("members");
        vm.addObject().put("role", "leader").putObject("person").put("fullName", "Nguyễn Văn Tâm").put("phone", "+84918234567");
        vm.addObject().put("role", "deputy").put("position", "Công an viên").putNull("person");

        List<Finding> findings = new RosterChecks(2).check(r);
        assertThat(findings).extracting(Finding::rule)
                .containsExactlyInAnyOrder("village-without-team", "duplicate-phone");
        assertThat(findings).filteredOn(f -> f.rule().equals("village-without-team")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/villages/1"));
        assertThat(findings).filteredOn(f -> f.rule().equals("duplicate-phone")).singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/teams/1/members/0/person/phone"));

        cm.get(0).withObject("person").put("fullName", "Nguyễn Văn Khác");
        assertThat(new RosterChecks(2).check(r)).extracting(Finding::rule).contains("commune-team-leader");
    }

    @Test
    void aVillageWhoseNameSaysItsKindIsNotNamedTwice() {
        assertThat(RosterChecks.villageLabel("thôn", "Thôn 7")).isEqualTo("Thôn 7");
        assertThat(RosterChecks.villageLabel("khu phố", "KP1")).isEqualTo("Khu phố KP1");
        assertThat(RosterChecks.villageLabel("ấp", "Giao Hòa A")).isEqualTo("Ấp Giao Hòa A");
    }

    @Test
    void aTeamWhoseMembersDifferFromItsDecisionInForceIsDueForReconstitution() {
        java.util.function.Function<String, vn.vanban.roster.Membership> seat = name -> new vn.vanban.roster.Membership(null,
                vn.vanban.roster.Role.MEMBER, false, false, null, null,
                new vn.vanban.roster.Person(name, null, "0912000000", null, false, false, null));
        List<vn.vanban.roster.Membership> decided = List.of(seat.apply("Lê Văn An"), seat.apply("Trần Thị Bình"));
        String digest = vn.vanban.roster.Team.digest(decided);
        vn.vanban.roster.Team same = new vn.vanban.roster.Team("a", vn.vanban.roster.TeamLevel.VILLAGE, "Tổ ấp A", null, null,
                vn.vanban.roster.TeamStatus.ESTABLISHED, null, null, 7L, List.of(decided.get(1), decided.get(0)), digest);
        vn.vanban.roster.Team changed = same.withMembers(List.of(decided.get(0), seat.apply("Trần Thị Bích")));
        vn.vanban.roster.Team undecided = new vn.vanban.roster.Team("c", vn.vanban.roster.TeamLevel.VILLAGE, "Tổ ấp C", null,
                null, vn.vanban.roster.TeamStatus.PROPOSED, null, null, null, List.of(seat.apply("Võ Văn Cường")));
        vn.vanban.roster.Roster roster = new vn.vanban.roster.Roster("28807", 1L, null, List.of(),
                List.of(same, changed, undecided), null);

        List<Finding> findings = ReconstitutionDue.check(roster, id -> id == 7L ? "01/QĐ-UBND ngày 10/7/2025" : null);
        // The order of the seats or a phone number is no change of members; another person is.
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("reconstitution-due");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.pointer()).isEqualTo("/teams/1/members");
            assertThat(f.message()).isEqualTo("Thành viên của Tổ ấp A đã khác với Quyết định số 01/QĐ-UBND ngày 10/7/2025 "
                    + "đang có hiệu lực; cần ban hành quyết định kiện toàn Tổ");
        });
    }
}
