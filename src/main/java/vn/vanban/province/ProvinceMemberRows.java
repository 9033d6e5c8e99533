package vn.vanban.province;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.memberlist.MemberListData;
import vn.vanban.memberlist.MemberListRow;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterRepository;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamStatus;
import vn.vanban.reference.Commune;

/**
 * The rows of a province's member list, read one commune at a time: the heap holds one commune's
 * roster, however many communes the province has. Teams keep roster order, members are alphabetical
 * (given name, family name, middle name), as on a commune's own list.
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
        Map<Long, Decision> byId = decisions.registeredById(commune.code());
        List<MemberListRow> rows = new ArrayList<>();
        for (Team team : roster.teams()) {
            if (team.status() == TeamStatus.DISSOLVED) {
                continue;
            }
            Decision d = team.decisionId() == null ? null : byId.get(team.decisionId());
            String decision = d == null ? "" : d.reference();
            for (Membership m : team.members().stream().sorted(MemberListData.ALPHABETICAL).toList()) {
                String name = m.person() != null && m.person().fullName() != null ? m.person().fullName() : m.position();
                rows.add(new MemberListRow(commune.code(), commune.fullName(), team.name(), decision, name, m.role(),
                        m.person() == null ? null : m.person().phone(), m.person() == null ? null : m.person().note()));
            }
        }
        return rows;
    }
}
