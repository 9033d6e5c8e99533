package vn.vanban.roster;

/**
 * A part of a commune's roster (its profile, a village, a team, a seat …) with the version of the
 * roster it belongs to, which the API sends as the ETag.
 *
 * @param version the roster's version; null while the commune has no stored roster
 * @param value   the part
 */
public record RosterPart<T>(Long version, T value) {

    static <T> RosterPart<T> of(Roster roster, T value) {
        return new RosterPart<>(roster.version(), value);
    }
}
