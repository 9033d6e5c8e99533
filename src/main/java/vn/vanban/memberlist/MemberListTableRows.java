package vn.vanban.memberlist;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Set;
import vn.vanban.document.TableRow;

/**
 * Turns member rows, as they come, into table rows: the members, a "Cộng" row under each commune once
 * the list has a second commune, and the TỔNG row at the end. Holds only counters and the codes of the
 * communes seen, so that rows out of order fail instead of printing a commune twice.
 */
final class MemberListTableRows implements Iterator<TableRow> {

    private final Iterator<MemberListRow> members;
    private final MemberListCells cells;
    private final Queue<TableRow> ready = new ArrayDeque<>(3);
    private final Set<String> communesSeen = new HashSet<>();
    private final Set<String> teamsSeen = new HashSet<>();
    private String commune;
    private String team;
    private int communeNumber;
    private int communeTeams;
    private int communeMembers;
    private int allTeams;
    private int allMembers;
    private boolean severalCommunes;
    private boolean ended;

    MemberListTableRows(Iterator<MemberListRow> members, MemberListCells cells) {
        this.members = members;
        this.cells = cells;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public TableRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.remove();
    }

    private void fill() {
        while (ready.isEmpty() && !ended) {
            if (members.hasNext()) {
                add(members.next());
            } else {
                end();
            }
        }
    }

    private void add(MemberListRow row) {
        boolean startsCommune = !row.communeCode().equals(commune);
        if (startsCommune) {
            if (commune != null) {
                severalCommunes = true;
                ready.add(cells.subtotal(communeTeams, communeMembers));
            }
            if (!communesSeen.add(row.communeCode())) {
                throw new IllegalArgumentException("rows must come ordered by commune, then team: commune "
                        + row.communeCode() + " comes again after " + commune);
            }
            commune = row.communeCode();
            communeNumber++;
            communeTeams = 0;
            communeMembers = 0;
            team = null;
            teamsSeen.clear();
        }
        boolean startsTeam = !row.teamName().equals(team);
        if (startsTeam) {
            if (!teamsSeen.add(row.teamName())) {
                throw new IllegalArgumentException("rows must come ordered by commune, then team: team "
                        + row.teamName() + " of commune " + commune + " comes again after " + team);
            }
            team = row.teamName();
            communeTeams++;
            allTeams++;
        }
        if (row.countsAsMember()) {
            communeMembers++;
            allMembers++;
        }
        ready.add(cells.member(row, communeNumber, startsCommune, startsTeam));
    }

    private void end() {
        ended = true;
        if (severalCommunes) {
            ready.add(cells.subtotal(communeTeams, communeMembers));
        }
        if (severalCommunes || cells.alwaysTotalled()) {
            ready.add(cells.total(allTeams, allMembers));
        }
    }
}
