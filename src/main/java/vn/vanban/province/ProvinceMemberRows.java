package vn.vanban.province;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import vn.vanban.decisions.DecisionService;
import vn.vanban.memberlist.MemberListRow;
import vn.vanban.memberlist.RosterMemberRows;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterRepository;
import vn.vanban.reference.Commune;

/**
 * The rows of a province's member list, read one commune at a time: the heap holds one commune's
 * roster, however many communes the province has; each commune's rows are its own list's.
 */
final class ProvinceMemberRows implements Iterator<MemberListRow> {

    private final Iterator<Commune> communes;
    private final RosterRepository rosters;
    private final DecisionService decisions;
    private Iterator<MemberListRow> current = Collections.emptyIterator();

    ProvinceMemberRows(List<Commune> communes, RosterRepository rosters, DecisionService decisions) {
        this.communes = communes.iterator();
        this.rosters = rosters;
        this.decisions = decisions;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && communes.hasNext()) {
            current = rowsOf(communes.next()).iterator();
        }
        return current.hasNext();
    }

    @Override
    public MemberListRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private List<MemberListRow> rowsOf(Commune commune) {
        Roster roster = rosters.findById(commune.code()).orElse(null);
        if (roster == null) {
            return List.of();
        }
        return RosterMemberRows.of(commune.code(), commune.fullName(), roster,
                RosterMemberRows.foundingDecisions(decisions.registeredById(commune.code())), RosterMemberRows.Teams.SEATED);
    }
}
