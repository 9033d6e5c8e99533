package vn.vanban.web.commune;

import java.util.List;
import java.util.Set;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterProblem;
import vn.vanban.roster.Village;

/**
 * A village as its add or edit form posts it, with the roster version the form was read at. The edit form
 * also says whether the village is still in use, was merged into another ({@code mergedInto}) or removed.
 *
 * @param status "active", "merged" or "removed"; absent (the add form) for a village in use
 */
public record VillageForm(Long version, String kind, String name, String status, String mergedInto) {

    static final Set<String> INPUTS = Set.of("kind", "name", "mergedInto");

    /** A village the clerk adds stays in use. */
    Village toVillage(String key) {
        return new Village(key, Lines.blankToNull(kind), Lines.blankToNull(name), true);
    }

    /** The village as the edit form leaves it; "merged" without the village it joined is refused, not taken for removed. */
    Village toEdited(String key, Village current) {
        if (status == null) {
            return new Village(key, Lines.blankToNull(kind), Lines.blankToNull(name), current.active(), current.mergedInto());
        }
        boolean merged = "merged".equals(status);
        if (merged && Lines.blankToNull(mergedInto) == null) {
            throw new InvalidRosterException("Chưa lưu được thôn", List.of(new RosterProblem("/mergedInto",
                    "Chọn thôn, tổ dân phố mà " + current.kind() + " " + current.name() + " được sáp nhập vào")));
        }
        return new Village(key, Lines.blankToNull(kind), Lines.blankToNull(name), "active".equals(status),
                merged ? mergedInto.strip() : null);
    }
}
