package vn.vanban.api;

import org.springframework.stereotype.Component;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;

/** Reads If-Match of a roster write into the version the store checks (see {@link EntityTags#expectedVersion}). */
@Component
class IfMatchVersions {

    private final RosterService rosters;

    IfMatchVersions(RosterService rosters) {
        this.rosters = rosters;
    }

    Long expected(String communeCode, String ifMatch) {
        return EntityTags.expectedVersion(ifMatch, communeCode,
                () -> rosters.find(communeCode).map(Roster::version).orElse(null));
    }
}
