package vn.vanban.roster;

import org.springframework.data.repository.ListCrudRepository;

/** Rosters by commune code. Saving a roster rewrites its children in the same transaction. */
public interface RosterRepository extends ListCrudRepository<Roster, String> {
}
