package vn.vanban.api;

import vn.vanban.roster.Village;

/**
 * A village as a client sends it; {@code key} may be left out for the server to make one from the name. A
 * village merged into another is sent {@code "active": false, "mergedInto": "<key>"}; one removed, inactive alone.
 */
record VillageRequest(String key, String kind, String name, boolean active, String mergedInto) {

    Village toVillage() {
        return toVillage(key);
    }

    /** The village under {@code key}, whatever key the body carries: the path names the village edited. */
    Village toVillage(String key) {
        return new Village(key, kind, name, active, mergedInto);
    }
}
