package vn.vanban.memberlist;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.decisions.Decision;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.reference.Commune;
import vn.vanban.text.VietnameseNames;

/**
 * The data of the member-list template drawn from stored rosters: teams in roster order, members in
 * Vietnamese alphabetical order (given name, family name, middle name; a seat with no person sorts by
 * its position text), each team with the registered decision that founded it.
 */
public final class MemberListData {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Comparator<String> NAMES = VietnameseNames.order();

    /** Sort key of a seat: the person's name, or the position for a seat that names nobody. */
    public static final Comparator<Membership> ALPHABETICAL = Comparator.comparing(MemberListData::sortName, NAMES);

    private final ObjectNode data = NODES.objectNode();
    private final ArrayNode communes;

    public MemberListData(String layout, boolean maskPhones) {
        data.put("layout", layout);
        data.put("maskPhones", maskPhones);
        communes = data.putArray("communes");
    }

    /** Adds one commune; teams without members and dissolved teams are left out. Returns false if nothing was added. */
    public boolean add(Commune commune, Roster roster, Map<Long, Decision> decisions) {
        Map<String, Village> villages = roster.villages().stream().collect(Collectors.toMap(Village::key, Function.identity()));
        List<Team> teams = roster.teams().stream()
                .filter(t -> !t.members().isEmpty() && t.status() != TeamStatus.DISSOLVED).toList();
        if (teams.isEmpty()) {
            return false;
        }
        ObjectNode c = communes.addObject();
        c.put("code", commune.code());
        c.put("name", commune.name());
        c.put("type", commune.type());
        ArrayNode list = c.putArray("teams");
        for (Team team : teams) {
            ObjectNode t = list.addObject();
            t.put("name", team.name());
            t.put("level", team.level() == TeamLevel.COMMUNE ? "commune" : "village");
            Village village = team.villageKey() == null ? null : villages.get(team.villageKey());
            if (village != null) {
                t.putObject("area").put("kind", village.kind()).put("name", village.name());
            }
            Decision decision = team.decisionId() == null ? null : decisions.get(team.decisionId());
            if (decision != null && decision.registered()) {
                t.putObject("decision").put("number", decision.number()).put("symbol", decision.symbol())
                        .put("date", decision.issueDate().toString());
            }
            ArrayNode members = t.putArray("members");
            team.members().stream().sorted(ALPHABETICAL).forEach(m -> members.add(member(m)));
        }
        return true;
    }

    public boolean isEmpty() {
        return communes.isEmpty();
    }

    public ObjectNode json() {
        return data;
    }

    private static ObjectNode member(Membership m) {
        ObjectNode o = NODES.objectNode();
        o.put("role", m.role().json());
        if (m.person() != null) {
            o.put("fullName", m.person().fullName());
            if (m.person().phone() != null) {
                o.put("phone", m.person().phone());
            }
            if (m.person().note() != null) {
                o.put("note", m.person().note());
            }
        }
        if (m.position() != null) {
            o.put("position", m.position());
        }
        return o;
    }

    private static String sortName(Membership m) {
        if (m.person() != null && m.person().fullName() != null) {
            return m.person().fullName();
        }
        return m.position() == null ? "" : m.position();
    }
}
