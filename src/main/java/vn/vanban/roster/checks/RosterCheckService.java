package vn.vanban.roster.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;

/**
 * The guidance letters' rules applied to a roster, stored or sent, with the team size of the commune's
 * province. Findings point into the roster's JSON, so a stored roster is checked as GET /roster shows it.
 */
@Service
public class RosterCheckService {

    private final RosterService rosters;
    private final CommuneRepository communes;
    private final RosterCheckProperties properties;
    private final JsonMapper json;

    public RosterCheckService(RosterService rosters, CommuneRepository communes, RosterCheckProperties properties,
                              JsonMapper json) {
        this.rosters = rosters;
        this.communes = communes;
        this.properties = properties;
        this.json = json;
    }

    /**
     * @param version  the roster version checked (its ETag)
     * @param errors   findings that stop a founding decision being made
     * @param warnings findings worth a look
     */
    public record StoredRosterChecks(String communeCode, Long version, int minMembers, long errors, long warnings,
                                     List<Finding> findings) {
    }

    public StoredRosterChecks checkStored(String communeCode) {
        return checkStored(communeCode, id -> null);
    }

    /**
     * @param decisionReference how lists cite a registered decision of the commune, by id: names the decision
     *                          in force in a {@link ReconstitutionDue} finding
     */
    public StoredRosterChecks checkStored(String communeCode, LongFunction<String> decisionReference) {
        String province = communes.findById(communeCode).orElseThrow(() -> new UnknownCommuneException(communeCode)).provinceCode();
        Roster roster = rosters.get(communeCode);
        int min = properties.minMembers(province);
        List<Finding> findings = new ArrayList<>(new RosterChecks(min).check(json.valueToTree(roster)));
        findings.addAll(ReconstitutionDue.check(roster, decisionReference));
        findings.addAll(DissolutionDue.check(roster, decisionReference));
        long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
        return new StoredRosterChecks(communeCode, roster.version(), min, errors, findings.size() - errors, findings);
    }

    /** Checks a roster sent as template data; its {@code province.code} chooses the team size. */
    public List<Finding> check(JsonNode roster) {
        String province = roster.path("province").path("code").asString(null);
        return new RosterChecks(properties.minMembers(province)).check(roster);
    }
}
