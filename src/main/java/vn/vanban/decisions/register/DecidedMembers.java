package vn.vanban.decisions.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.decisions.Decision;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Role;
import vn.vanban.roster.Team;

/**
 * The members each team of a decision has as the decision prints them (its data snapshot, not the roster
 * of the day it is registered), as digests the roster keeps on the team: the checks compare them with the
 * members the roster has now.
 */
final class DecidedMembers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecidedMembers() {
    }

    /** Team key → {@link Team#digest} of the seats the decision lists for it. */
    static Map<String, String> of(Decision decision) {
        JsonNode data = JSON.readTree(decision.data());
        List<JsonNode> teams = new ArrayList<>();
        if (data.has("team")) {
            teams.add(data.get("team"));
        } else {
            data.path("teams").forEach(teams::add);
        }
        Map<String, String> digests = new LinkedHashMap<>();
        List<String> keys = decision.teams();
        for (int i = 0; i < keys.size() && i < teams.size(); i++) {
            List<Membership> seats = new ArrayList<>();
            for (JsonNode m : teams.get(i).path("members")) {
                String name = m.path("fullName").asString(null);
                seats.add(new Membership(null, Role.fromJson(m.path("role").asString()), m.path("invited").asBoolean(false),
                        m.path("group").asBoolean(false), m.path("position").asString(null), m.path("organisation").asString(null),
                        name == null ? null : new Person(name, null, null, null, false, false, null)));
            }
            digests.put(keys.get(i), Team.digest(seats));
        }
        return digests;
    }
}
