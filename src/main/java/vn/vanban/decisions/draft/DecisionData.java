package vn.vanban.decisions.draft;

import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.roster.LegalBasis;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Profile;
import vn.vanban.roster.Recipient;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.Village;
import vn.vanban.reference.Commune;
import vn.vanban.reference.Province;

/**
 * Turns a stored roster into the data of the decision templates, the same JSON a caller of the
 * stateless API would send, so that a stored decision and a posted one print alike.
 */
final class DecisionData {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Roster roster;
    private final Commune commune;
    private final Province province;
    private final Map<String, Village> villages;

    DecisionData(Roster roster, Commune commune, Province province) {
        this.roster = roster;
        this.commune = commune;
        this.province = province;
        this.villages = roster.villages().stream().collect(Collectors.toMap(Village::key, Function.identity()));
    }

    /** What the profile must give before any decision can be drawn from it. */
    List<RosterProblem> missingProfile(Signer signer) {
        Profile p = roster.profile();
        List<RosterProblem> problems = new ArrayList<>();
        if (p.issuerName() == null) {
            problems.add(new RosterProblem("/profile/issuerName", "Hồ sơ của xã chưa có tên cơ quan ban hành"));
        }
        if (p.place() == null) {
            problems.add(new RosterProblem("/profile/place", "Hồ sơ của xã chưa có địa danh ghi ở dòng ngày tháng"));
        }
        if (p.executors() == null) {
            problems.add(new RosterProblem("/profile/executors", "Hồ sơ của xã chưa ghi ai thi hành quyết định"));
        }
        if (signer.fullName() == null) {
            problems.add(new RosterProblem(signer.deputy() ? "/profile/deputies" : "/profile/chair",
                    "Hồ sơ của xã chưa có họ tên người ký"));
        }
        return problems;
    }

    ObjectNode communeTeam(Team team, Signer signer, String subject, int year) {
        ObjectNode data = common(signer, subject, year);
        ObjectNode t = team(team);
        String kind = villages.values().stream().map(Village::kind).findFirst().orElse(null);
        if (kind != null) {
            t.put("villageKind", kind);
        }
        data.set("team", t);
        return data;
    }

    ObjectNode villageTeams(List<Team> teams, Signer signer, String subject, int year, boolean perTeam) {
        ObjectNode data = common(signer, subject, year);
        ArrayNode list = data.putArray("teams");
        teams.forEach(t -> list.add(team(t)));
        if (perTeam) {
            data.put("perTeam", true);
        }
        return data;
    }

    static String defaultSubject(DecisionKind kind, Commune commune, List<Team> teams) {
        return subject("thành lập", kind, commune, teams);
    }

    static String reconstitutionSubject(DecisionKind kind, Commune commune, List<Team> teams) {
        return subject("kiện toàn", kind, commune, teams);
    }

    /** The trích yếu of a founding ("thành lập") or kiện toàn decision. */
    private static String subject(String act, DecisionKind kind, Commune commune, List<Team> teams) {
        String unit = commune.type() + " " + commune.name();
        return switch (kind) {
            case COMMUNE_TEAM -> "Về việc " + act + " Tổ công nghệ số cộng đồng " + unit;
            case VILLAGE_TEAMS -> "Về việc " + act + " các Tổ công nghệ số cộng đồng trên địa bàn " + unit;
            case TEAM -> "Về việc " + act + " " + teams.get(0).name();
            case DISSOLUTION -> dissolutionSubject(teams);
        };
    }

    /** "Về việc giải thể Tổ công nghệ số cộng đồng thôn Đông" (several teams: "…, … và …", as the decision names them). */
    static String dissolutionSubject(List<Team> teams) {
        List<String> names = teams.stream().map(Team::name).toList();
        String last = names.get(names.size() - 1);
        return "Về việc giải thể " + (names.size() == 1 ? last
                : String.join(", ", names.subList(0, names.size() - 1)) + " và " + last);
    }

    /**
     * A dissolution decision for teams whose village ended: each team's village and the one it was merged into
     * (with that village's team, which the members join), and the decision in force it ends.
     *
     * @param whole the dissolution leaves none of {@code ended}'s teams in being, so it ends that decision as a whole
     */
    ObjectNode dissolution(List<Team> teams, Signer signer, String subject, int year, Decision ended, Commune commune, boolean whole) {
        ObjectNode data = common(signer, subject, year);
        ArrayNode list = data.putArray("teams");
        for (Team t : teams) {
            ObjectNode team = team(t);
            Village village = villages.get(t.villageKey());
            Village into = village == null || village.mergedInto() == null ? null : villages.get(village.mergedInto());
            if (into != null) {
                ObjectNode merged = ((ObjectNode) team.path("area")).putObject("mergedInto");
                merged.put("kind", into.kind());
                merged.put("name", into.name());
                roster.teams().stream().filter(o -> into.key().equals(o.villageKey()) && o.status() != vn.vanban.roster.TeamStatus.DISSOLVED)
                        .findFirst().ifPresent(o -> merged.put("team", o.name()));
            }
            list.add(team);
        }
        ObjectNode e = data.putObject("ends");
        e.put("reference", ended.reference());
        e.put("issuer", issuedBy(ended, commune));
        e.put("subject", ended.subject());
        e.put("whole", whole);
        return data;
    }

    /**
     * Makes {@code data} a kiện toàn decision replacing {@code replaced}: the template then words the act
     * and the effect article ("… và thay thế Quyết định số 01/QĐ-UBND ngày 10/7/2025 của Chủ tịch Ủy ban
     * nhân dân xã …").
     */
    static void reconstitutes(ObjectNode data, Decision replaced, Commune commune) {
        ObjectNode r = data.putObject("reconstitutes");
        r.put("reference", replaced.reference());
        r.put("issuer", issuedBy(replaced, commune));
    }

    /** Who issued a registered decision, as a later one cites it: "Chủ tịch Ủy ban nhân dân xã …" or "Ủy ban nhân dân xã …". */
    private static String issuedBy(Decision decision, Commune commune) {
        boolean chair = "chair".equals(JSON.readTree(decision.data()).path("issuer").path("kind").asString("collective"));
        return (chair ? "Chủ tịch Ủy ban nhân dân " : "Ủy ban nhân dân ") + commune.type() + " " + commune.name();
    }

    private ObjectNode common(Signer signer, String subject, int year) {
        Profile p = roster.profile();
        ObjectNode data = NODES.objectNode();
        ObjectNode issuer = data.putObject("issuer");
        issuer.put("name", p.issuerName());
        issuer.put("kind", signer.collective() ? "collective" : "chair");
        ObjectNode prov = data.putObject("province");
        prov.put("code", province.code());
        prov.put("name", province.shortName());
        ObjectNode com = data.putObject("commune");
        com.put("code", commune.code());
        com.put("name", commune.name());
        com.put("type", commune.type());
        data.putNull("number");
        data.put("symbol", p.symbol());
        data.put("place", p.place());
        data.putNull("date");
        data.put("year", year);
        data.put("subject", subject);
        ArrayNode bases = data.putArray("legalBases");
        p.legalBases().stream().map(LegalBasis::text).forEach(bases::add);
        if (p.proposedBy() != null) {
            data.put("proposedBy", p.proposedBy());
        }
        data.put("executors", p.executors());
        ArrayNode recipients = data.putArray("recipients");
        p.recipients().stream().map(Recipient::text).forEach(recipients::add);
        if (p.archive() != null) {
            data.put("archive", p.archive());
        }
        ObjectNode s = data.putObject("signer");
        if (signer.authority() == null) {
            s.putNull("authority");
        } else {
            s.put("authority", signer.authority());
        }
        if (signer.onBehalfOf() == null) {
            s.putNull("onBehalfOf");
        } else {
            s.put("onBehalfOf", signer.onBehalfOf());
        }
        if (signer.headAuthority() != null) {
            s.put("headAuthority", signer.headAuthority());
            s.put("head", signer.head());
        }
        s.put("title", signer.title());
        s.put("fullName", signer.fullName());
        return data;
    }

    private ObjectNode team(Team team) {
        ObjectNode t = NODES.objectNode();
        t.put("name", team.name());
        if (team.shortName() != null) {
            t.put("shortName", team.shortName());
        }
        t.put("level", team.level() == TeamLevel.COMMUNE ? "commune" : "village");
        Village village = team.villageKey() == null ? null : villages.get(team.villageKey());
        if (village != null) {
            ObjectNode area = t.putObject("area");
            area.put("kind", village.kind());
            area.put("name", village.name());
        }
        ArrayNode members = t.putArray("members");
        for (Membership m : team.members()) {
            ObjectNode member = members.addObject();
            member.put("role", m.role().json());
            if (m.person() != null) {
                member.put("fullName", m.person().fullName());
                if (m.person().gender() != null) {
                    member.put("gender", m.person().gender().json());
                }
                if (m.person().phone() != null) {
                    member.put("phone", m.person().phone());
                }
                member.put("zalo", m.person().zalo());
            }
            if (m.position() != null) {
                member.put("position", m.position());
            }
            if (m.organisation() != null) {
                member.put("organisation", m.organisation());
            }
            if (m.invited()) {
                member.put("invited", true);
            }
            if (m.group()) {
                member.put("group", true);
            }
        }
        return t;
    }

    /**
     * The signature block of the decision, from the profile. A Vice-Chair signs for the Chair without
     * changing who decides: a committee's decision stays the committee's ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ
     * TỊCH / PHÓ CHỦ TỊCH" under the committee's authority line), a Chair's stays the Chair's ("KT. CHỦ TỊCH").
     */
    record Signer(boolean collective, boolean deputy, String authority, String onBehalfOf, String headAuthority,
                  String head, String title, String fullName) {

        static Signer of(Profile profile, String deputyName) {
            boolean collective = profile.issuerKind() == Profile.IssuerKind.COLLECTIVE;
            if (deputyName != null) {
                return collective
                        ? new Signer(true, true, "TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", deputyName)
                        : new Signer(false, true, "KT.", "CHỦ TỊCH", null, null, "PHÓ CHỦ TỊCH", deputyName);
            }
            return collective
                    ? new Signer(true, false, "TM.", "ỦY BAN NHÂN DÂN", null, null, "CHỦ TỊCH", profile.chair())
                    : new Signer(false, false, null, null, null, null, "CHỦ TỊCH", profile.chair());
        }
    }
}
