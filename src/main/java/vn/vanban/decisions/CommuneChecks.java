package vn.vanban.decisions;

import java.util.Map;
import java.util.function.LongFunction;
import org.springframework.stereotype.Service;
import vn.vanban.roster.checks.RosterCheckService;

/**
 * The checks of a commune's stored roster, with the register's words for its decisions: a team whose
 * members differ from its decision in force is named with that decision ("01/QĐ-UBND ngày 10/7/2025").
 * It lives here because the roster checks may not know the register.
 */
@Service
public class CommuneChecks {

    private final RosterCheckService checks;
    private final DecisionService decisions;

    CommuneChecks(RosterCheckService checks, DecisionService decisions) {
        this.checks = checks;
        this.decisions = decisions;
    }

    public RosterCheckService.StoredRosterChecks check(String communeCode) {
        return checks.checkStored(communeCode, new References(communeCode));
    }

    /** Reads the register once, and only when a finding needs a decision's reference (after the scope check). */
    private final class References implements LongFunction<String> {

        private final String communeCode;
        private Map<Long, Decision> registered;

        References(String communeCode) {
            this.communeCode = communeCode;
        }

        @Override
        public String apply(long id) {
            if (registered == null) {
                registered = decisions.registeredById(communeCode);
            }
            Decision d = registered.get(id);
            return d == null ? null : d.reference();
        }
    }
}
