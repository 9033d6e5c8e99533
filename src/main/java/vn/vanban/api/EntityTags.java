package vn.vanban.api;

import vn.vanban.roster.StaleRosterException;

/** The roster's version as a strong ETag ("7"), and If-Match read back into a version. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }

    /**
     * The version the client says it edited: null when there is no If-Match (last write wins, as the
     * README warns), the current version for "*" when a roster exists.
     */
    static Long expectedVersion(String ifMatch, String communeCode, Long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.split(",")[0].strip();
        if (tag.equals("*")) {
            if (currentVersion == null) {
                throw new StaleRosterException(communeCode, null);
            }
            return currentVersion;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleRosterException(communeCode, currentVersion);
        }
    }
}
