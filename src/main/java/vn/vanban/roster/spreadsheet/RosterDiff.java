package vn.vanban.roster.spreadsheet;

import java.util.List;

/**
 * What an import changes, for the clerk to confirm before it is saved. Teams added or removed also
 * list their members, so the count of people coming and going is right.
 */
public record RosterDiff(List<Entry> added, List<Entry> changed, List<Entry> removed) {

    public RosterDiff {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    public enum Kind { VILLAGE, TEAM, MEMBER }

    /**
     * @param team    the team's name (a village entry: the village's, "ấp Giao Hòa A")
     * @param member  the member's name (or a seat's position), null for a team entry
     * @param changes for a changed entry, what changed; empty otherwise
     */
    public record Entry(Kind kind, String team, String member, List<FieldChange> changes) {

        public Entry {
            changes = List.copyOf(changes);
        }

        static Entry team(String team) {
            return new Entry(Kind.TEAM, team, null, List.of());
        }

        static Entry village(String village, List<FieldChange> changes) {
            return new Entry(Kind.VILLAGE, village, null, changes);
        }

        static Entry member(String team, String member) {
            return new Entry(Kind.MEMBER, team, member, List.of());
        }
    }

    /**
     * @param field  the column's name in Vietnamese ("Chức vụ", "Số điện thoại")
     * @param before null when there was no value
     * @param after  null when the value is now empty
     */
    public record FieldChange(String field, String before, String after) {
    }
}
