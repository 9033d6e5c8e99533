package vn.vanban.web.commune;

import java.util.Set;
import vn.vanban.roster.Village;

/** A village as its add or rename form posts it, with the roster version the form was read at. */
public record VillageForm(Long version, String kind, String name) {

    static final Set<String> INPUTS = Set.of("kind", "name");

    /** A village the clerk adds or renames stays in use; a merged-away one is kept by the API only. */
    Village toVillage(String key) {
        return new Village(key, Lines.blankToNull(kind), Lines.blankToNull(name), true);
    }
}
