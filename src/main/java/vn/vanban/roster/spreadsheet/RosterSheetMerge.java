package vn.vanban.roster.spreadsheet;

import vn.vanban.roster.form.ColumnKind;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.roster.form.ListedSeats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.vanban.roster.Keys;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Roster;
import vn.vanban.roster.Team;
import vn.vanban.roster.TeamLevel;
import vn.vanban.roster.TeamStatus;
import vn.vanban.roster.Village;
import vn.vanban.roster.spreadsheet.RosterDiff.Entry;
import vn.vanban.roster.spreadsheet.RosterDiff.FieldChange;
import vn.vanban.text.PhoneNumbers;

/**
 * Applies an imported list to a roster. The list is the truth for what it carries and only that:
 * who sits in which team, their role, phone and (2025 form) note. Everything else a roster knows of a
 * member (gender, Zalo, organisation, position, invited, group, key) stays, so that a list sent out
 * and typed over by the commune comes back without losing the decision's details.
 *
 * <ul>
 * <li>Teams match by name, members within a team by full name (a seat without a named person by its
 *     position text); case and spacing do not matter, and a difference in them is taken as a
 *     correction of the spelling. Two people of the same name match in file order.</li>
 * <li>What the file lacks is removed, what only the file has is added.</li>
 * <li>Kept members keep their order. A new member goes after the last member whose role comes no
 *     later than theirs (a new Tổ phó after the Tổ phó, before the Tổ viên), so decisions still list
 *     leader first; new members of one role keep the file's order.</li>
 * <li>A new team is the commune team when its name names the commune and there is no commune team
 *     left, else a village team of the village its name contains (the longest name found).</li>
 * <li>Villages come from the hidden sheet of an export alone ({@link VillageMerge}): a merge or removal it
 *     carries is applied, a village the roster lacks comes back; the printed form shows no village.</li>
 * <li>Except where the workbook carries the entry ({@link CarriedEntries}, the hidden sheet of an export):
 *     a new team then gets back its key, level, village, short name, Zalo group and note, a new seat its
 *     key, "Mời", group entry, position (a seat named by position stays one, not a person of that name),
 *     organisation, gender and Zalo, and a new team's seats their decision order.</li>
 * </ul>
 * Exporting a roster, reading the file back and merging it gives the same roster and an empty diff.
 */
public final class RosterSheetMerge {

    /** The roster to save and what it changes. */
    public record Result(Roster roster, RosterDiff diff) {
    }

    /**
     * @param communeName the commune's name as the list would print it; tells a new commune team from a
     *                    village team; null falls back to the roster's place name
     * @throws SheetFormatException when the file holds more than one commune
     */
    public Result merge(Roster current, RosterSheet sheet, String communeName) {
        oneCommune(sheet);
        return new Run(current, sheet, communeName != null ? communeName : current.profile().place()).merge();
    }

    private static void oneCommune(RosterSheet sheet) {
        List<String> communes = sheet.communes();
        if (communes.size() <= 1) {
            return;
        }
        String second = Folding.name(communes.get(1));
        RosterSheet.Team first = sheet.teams().stream()
                .filter(t -> t.commune() != null && Folding.name(t.commune()).equals(second)).findFirst().orElseThrow();
        throw new SheetFormatException(List.of(new SheetProblem(first.row(), sheet.columns().get(ColumnKind.COMMUNE),
                sheet.headings().get(ColumnKind.COMMUNE), "Tệp có danh sách của nhiều xã, phường ("
                + String.join(", ", communes) + "); mỗi lần chỉ nhập được một xã, phường")));
    }

    /** One merge's state. */
    private static final class Run {
        private final Roster current;
        private final RosterSheet sheet;
        private final MemberListForm form;
        private final String communeName;
        /** Keys of removed entries stay taken: a decision may still name them. */
        private final Set<String> taken = new HashSet<>();
        private final List<Entry> added = new ArrayList<>();
        private final List<Entry> changed = new ArrayList<>();
        private final List<Entry> removed = new ArrayList<>();
        private List<Village> villages;

        Run(Roster current, RosterSheet sheet, String communeName) {
            this.current = current;
            this.sheet = sheet;
            this.form = sheet.form();
            this.communeName = communeName;
            current.villages().forEach(v -> addKey(v.key()));
            current.teams().forEach(t -> {
                addKey(t.key());
                t.members().forEach(m -> addKey(m.key()));
            });
        }

        Result merge() {
            VillageMerge.Result villageMerge = VillageMerge.merge(current.villages(), sheet.carried().villages());
            villages = villageMerge.villages();
            villages.forEach(v -> addKey(v.key()));
            added.addAll(villageMerge.added());
            changed.addAll(villageMerge.changed());
            Map<Team, RosterSheet.Team> matches = match(current.teams(), sheet.teams(), Team::name,
                    RosterSheet.Team::name);
            Set<RosterSheet.Team> matched = Collections.newSetFromMap(new IdentityHashMap<>());
            matched.addAll(matches.values());
            List<Team> teams = new ArrayList<>();
            for (Team team : current.teams()) {
                RosterSheet.Team incoming = matches.get(team);
                if (incoming == null) {
                    removed.add(Entry.team(team.name()));
                    team.members().forEach(m -> removed.add(Entry.member(team.name(), ListedSeats.name(m))));
                } else {
                    teams.add(mergeTeam(team, incoming));
                }
            }
            boolean communeTeam = teams.stream().anyMatch(t -> t.level() == TeamLevel.COMMUNE);
            for (RosterSheet.Team incoming : sheet.teams()) {
                if (!matched.contains(incoming)) {
                    Team team = newTeam(incoming, !communeTeam);
                    communeTeam |= team.level() == TeamLevel.COMMUNE;
                    teams.add(team);
                }
            }
            Roster roster = new Roster(current.communeCode(), current.version(), current.profile(), villages,
                    teams, current.updatedAt());
            return new Result(roster, new RosterDiff(added, changed, removed));
        }

        private Team mergeTeam(Team team, RosterSheet.Team incoming) {
            List<FieldChange> teamChanges = new ArrayList<>();
            String name = team.name();
            if (!Objects.equals(Folding.clean(team.name()), incoming.name())) {
                teamChanges.add(new FieldChange("Tên tổ", team.name(), incoming.name()));
                name = incoming.name();
            }
            if (!teamChanges.isEmpty()) {
                changed.add(new Entry(RosterDiff.Kind.TEAM, incoming.name(), null, teamChanges));
            }
            Map<Membership, RosterSheet.Member> matches = match(team.members(), incoming.members(),
                    ListedSeats::name, RosterSheet.Member::name);
            List<Membership> members = new ArrayList<>();
            for (Membership m : team.members()) {
                RosterSheet.Member in = matches.get(m);
                if (in == null) {
                    removed.add(Entry.member(incoming.name(), ListedSeats.name(m)));
                } else {
                    members.add(update(m, in, incoming.name()));
                }
            }
            Set<RosterSheet.Member> kept = Collections.newSetFromMap(new IdentityHashMap<>());
            kept.addAll(matches.values());
            for (RosterSheet.Member in : incoming.members()) {
                if (!kept.contains(in)) {
                    insertByRole(members, newMember(in, incoming).membership());
                    added.add(Entry.member(incoming.name(), in.name()));
                }
            }
            if (name.equals(team.name()) && members.equals(team.members())) {
                return team;
            }
            return new Team(team.key(), team.level(), name, team.shortName(), team.villageKey(), team.status(),
                    team.zaloGroup(), team.note(), team.decisionId(), members);
        }

        /** The member with what the file says of them; the same instance when it says nothing new. */
        private Membership update(Membership m, RosterSheet.Member in, String teamName) {
            List<FieldChange> changes = new ArrayList<>();
            Person p = m.person();
            String shown = ListedSeats.name(m);
            boolean rename = !Objects.equals(Folding.clean(shown), in.name());
            if (rename) {
                changes.add(new FieldChange("Họ tên", shown, in.name()));
            }
            if (m.role() != in.role()) {
                changes.add(new FieldChange("Chức vụ", form.label(m.role()), form.label(in.role())));
            }
            String phone = p == null ? null : p.phone();
            boolean newPhone = !PhoneFields.same(phone, in.phone());
            if (newPhone) {
                changes.add(new FieldChange("Số điện thoại", blankToNull(phone), in.phone()));
            }
            String note = p == null ? null : Folding.clean(p.note());
            boolean newNote = form.has(ColumnKind.NOTE) && !Objects.equals(note, in.note());
            if (newNote) {
                changes.add(new FieldChange("Ghi chú", note, in.note()));
            }
            if (changes.isEmpty()) {
                return m;
            }
            changed.add(new Entry(RosterDiff.Kind.MEMBER, teamName, in.name(), changes));
            boolean named = p != null && !Folding.isBlank(p.fullName());
            // A seat without a named person is renamed through its position; a phone or a note for it
            // needs a person record, one without a name, which the list still shows by position.
            String position = rename && !named ? in.name() : m.position();
            Person person = p;
            if (rename && named || newPhone || newNote) {
                Person base = p != null ? p : new Person(null, null, null, null, false, false, null);
                String phoneText = newPhone ? in.phone() : base.phone();
                person = new Person(rename && named ? in.name() : base.fullName(), base.gender(), phoneText,
                        newPhone ? PhoneFields.e164(phoneText) : base.phoneE164(),
                        newPhone ? phoneText != null && PhoneNumbers.isMasked(phoneText) : base.phoneMasked(),
                        base.zalo(), newNote ? in.note() : base.note());
            }
            return new Membership(m.key(), in.role(), m.invited(), m.group(), position, m.organisation(), person);
        }

        private Team newTeam(RosterSheet.Team incoming, boolean mayBeCommuneTeam) {
            CarriedEntries.Team carried = sheet.carried().team(incoming.name());
            boolean commune = mayBeCommuneTeam && (carried != null ? carried.level() == TeamLevel.COMMUNE
                    : TeamPlacement.namesCommune(incoming.name(), communeName));
            String villageKey = commune ? null : carried != null && isVillage(carried.villageKey()) ? carried.villageKey()
                    : TeamPlacement.villageKey(incoming.name(), current.villages());
            String key = carried != null ? carriedKey(carried.key(), incoming.name(), "to")
                    : Keys.fresh(incoming.name(), "to", taken);
            added.add(Entry.team(incoming.name()));
            List<NewMember> fresh = new ArrayList<>();
            for (RosterSheet.Member in : incoming.members()) {
                fresh.add(newMember(in, incoming));
                added.add(Entry.member(incoming.name(), in.name()));
            }
            List<Membership> members = new ArrayList<>();
            if (!fresh.isEmpty() && fresh.stream().allMatch(m -> m.order() != null)) {
                // The decision's order, which the list's alphabetical one cannot give back.
                fresh.stream().sorted(Comparator.comparing(NewMember::order)).forEach(m -> members.add(m.membership()));
            } else {
                fresh.forEach(m -> insertByRole(members, m.membership()));
            }
            return new Team(key, commune ? TeamLevel.COMMUNE : TeamLevel.VILLAGE, incoming.name(),
                    carried == null ? null : carried.shortName(), villageKey, TeamStatus.PROPOSED,
                    carried == null ? null : carried.zaloGroup(), carried == null ? null : carried.note(), null, members);
        }

        /** A seat first seen in the file, with its place in the decision's order when the workbook carries it. */
        private record NewMember(Membership membership, Integer order) {
        }

        /**
         * A person first seen in the file, or the seat the workbook carries. The 2022 form only lists phones
         * registered with Zalo, so its numbers are taken as Zalo numbers unless the workbook says otherwise.
         */
        private NewMember newMember(RosterSheet.Member in, RosterSheet.Team team) {
            String phone = in.phone();
            boolean masked = phone != null && PhoneNumbers.isMasked(phone);
            CarriedEntries.Member carried = sheet.carried().member(team.name(), in.name(), occurrence(team, in));
            if (carried == null) {
                Person person = new Person(in.name(), null, phone, PhoneFields.e164(phone), masked,
                        form == MemberListForm.FORM_2022 && phone != null, in.note());
                return new NewMember(new Membership(Keys.fresh(in.name(), "thanh-vien", taken), in.role(), false, false,
                        null, null, person), null);
            }
            String key = carriedKey(carried.key(), in.name(), "thanh-vien");
            // A seat named by position shows its position in the name column, and has a person only for a phone or note.
            String fullName = carried.positionOnly() ? null : in.name();
            String position = carried.positionOnly() ? in.name() : carried.position();
            String note = form.has(ColumnKind.NOTE) ? in.note() : carried.note();
            Person person = fullName == null && phone == null && note == null ? null
                    : new Person(fullName, carried.gender(), phone, PhoneFields.e164(phone), masked, carried.zalo(), note);
            return new NewMember(new Membership(key, in.role(), carried.invited(), carried.group(), position,
                    carried.organisation(), person), carried.order());
        }

        /** How many seats of the same name come before this one in the file's team. */
        private static int occurrence(RosterSheet.Team team, RosterSheet.Member in) {
            String name = Folding.name(in.name());
            int n = 0;
            for (RosterSheet.Member m : team.members()) {
                if (m == in) {
                    return n;
                }
                if (Folding.name(m.name()).equals(name)) {
                    n++;
                }
            }
            return n;
        }

        /** The carried key while no entry of the roster has it, else a fresh one. */
        private String carriedKey(String key, String name, String fallback) {
            if (key != null && Keys.FORMAT.matcher(key).matches() && taken.add(key)) {
                return key;
            }
            return Keys.fresh(name, fallback, taken);
        }

        private boolean isVillage(String key) {
            return key != null && villages.stream().anyMatch(v -> key.equals(v.key()));
        }

        private static void insertByRole(List<Membership> members, Membership m) {
            int at = 0;
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).role().ordinal() <= m.role().ordinal()) {
                    at = i + 1;
                }
            }
            members.add(at, m);
        }

        private void addKey(String key) {
            if (key != null) {
                taken.add(key);
            }
        }

        private static String blankToNull(String s) {
            return Folding.isBlank(s) ? null : s;
        }

        /** Pairs existing and incoming items by folded name, in order, each used once. */
        private static <A, B> Map<A, B> match(List<A> existing, List<B> incoming, Function<A, String> existingName,
                                              Function<B, String> incomingName) {
            Map<String, Deque<A>> byName = new HashMap<>();
            for (A a : existing) {
                byName.computeIfAbsent(Folding.name(existingName.apply(a)), k -> new ArrayDeque<>()).add(a);
            }
            Map<A, B> matches = new IdentityHashMap<>();
            for (B b : incoming) {
                Deque<A> candidates = byName.get(Folding.name(incomingName.apply(b)));
                if (candidates != null && !candidates.isEmpty()) {
                    matches.put(candidates.poll(), b);
                }
            }
            return matches;
        }
    }
}
