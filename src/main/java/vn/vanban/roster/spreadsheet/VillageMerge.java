package vn.vanban.roster.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.vanban.roster.Village;
import vn.vanban.roster.spreadsheet.RosterDiff.Entry;
import vn.vanban.roster.spreadsheet.RosterDiff.FieldChange;

/**
 * The roster's villages with what the hidden sheet of an exported workbook says of them: a village merged
 * into another (or removed) since, or one the roster lacks, comes back as the export had it. Villages the
 * sheet does not name stay as they are (a workbook exported before villages were carried names none), and
 * the sheet never renames one: an entry whose key names another village of the roster, or whose name the
 * roster has under another key, is not this roster's and is left alone. A village said to be merged into a village neither the roster nor the sheet
 * knows is refused at its row, before anything is saved.
 */
final class VillageMerge {

    static final String STATUS = "Tình trạng";

    /** The villages to save and the diff's entries for them. */
    record Result(List<Village> villages, List<Entry> added, List<Entry> changed) {
    }

    private VillageMerge() {
    }

    static Result merge(List<Village> current, List<CarriedEntries.Village> carried) {
        if (carried.isEmpty()) {
            return new Result(current, List.of(), List.of());
        }
        Map<String, Village> byKey = new LinkedHashMap<>();
        current.forEach(v -> byKey.put(v.key(), v));
        Map<String, String> names = new LinkedHashMap<>();
        current.forEach(v -> names.put(v.key(), label(v.kind(), v.name())));
        carried.forEach(c -> names.putIfAbsent(c.key(), label(c.kind(), c.name())));

        List<SheetProblem> problems = new ArrayList<>();
        List<Entry> added = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        for (CarriedEntries.Village c : carried) {
            if (c.mergedInto() != null && (c.mergedInto().equals(c.key()) || !names.containsKey(c.mergedInto()))) {
                problems.add(new SheetProblem(c.row(), Folding.columnLetter(CarriedEntries.MERGED_INTO), "merged-into",
                        "Trang \"" + CarriedEntries.SHEET + "\": " + label(c.kind(), c.name())
                                + " được ghi là sáp nhập vào \"" + c.mergedInto()
                                + "\", không phải một thôn, ấp, khu phố khác của xã"));
                continue;
            }
            Village now = byKey.get(c.key());
            if (now != null ? !sameName(now.name(), c.name())
                    : current.stream().anyMatch(v -> sameName(v.name(), c.name()))) {
                // Another village under the key, or this one under another key: a sheet of another roster.
                continue;
            }
            if (now == null) {
                byKey.put(c.key(), new Village(c.key(), c.kind(), c.name(), c.active(), c.mergedInto()));
                added.add(Entry.village(label(c.kind(), c.name()), List.of()));
            } else if (now.active() != c.active() || !Objects.equals(now.mergedInto(), c.mergedInto())) {
                byKey.put(now.key(), new Village(now.key(), now.kind(), now.name(), c.active(), c.mergedInto()));
                changed.add(Entry.village(label(now.kind(), now.name()), List.of(new FieldChange(STATUS,
                        status(now.active(), now.mergedInto(), names), status(c.active(), c.mergedInto(), names)))));
            }
        }
        if (!problems.isEmpty()) {
            throw new SheetFormatException(problems);
        }
        return new Result(List.copyOf(byKey.values()), added, changed);
    }

    /** "Đang là đơn vị", "Sáp nhập vào ấp Giao Hòa", "Không còn". */
    private static String status(boolean active, String mergedInto, Map<String, String> names) {
        if (active) {
            return "Đang là đơn vị";
        }
        return mergedInto == null ? "Không còn" : "Sáp nhập vào " + names.get(mergedInto);
    }

    private static boolean sameName(String a, String b) {
        return Folding.name(a).equals(Folding.name(b));
    }

    private static String label(String kind, String name) {
        return kind == null || kind.isBlank() ? name : kind + " " + name;
    }
}
