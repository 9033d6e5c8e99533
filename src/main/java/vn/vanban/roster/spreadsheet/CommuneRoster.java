package vn.vanban.roster.spreadsheet;

import java.util.Objects;
import vn.vanban.roster.Roster;

/**
 * One commune's part of a list: its roster and the name the list prints for it ("Phường Hạc Thành").
 * A province-wide list is a sequence of these, so that the caller can load one commune at a time.
 */
public record CommuneRoster(String displayName, Roster roster) {

    public CommuneRoster {
        Objects.requireNonNull(roster, "roster");
        displayName = displayName == null ? "" : displayName;
    }
}
