package vn.vanban.roster;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Rosters by commune code. Saving a roster rewrites its children in the same transaction. */
public interface RosterRepository extends ListCrudRepository<Roster, String> {

    /**
     * Locks the commune's row until the transaction ends, so that writes to one roster run one after the
     * other: a write without If-Match then applies to the version current when it runs (last write wins)
     * instead of failing on the version another write just saved. The commune row exists before any roster.
     */
    @Query("select code from commune where code = :communeCode for update")
    String lockCommune(String communeCode);
}
