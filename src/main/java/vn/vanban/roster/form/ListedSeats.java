package vn.vanban.roster.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanban.roster.Membership;
import vn.vanban.text.VietnameseNames;

/** How the form lists a team's seats: what its name column says of each, and in which order. */
public final class ListedSeats {

    private static final Comparator<String> NAMES = VietnameseNames.order();

    private ListedSeats() {
    }

    /** The name column's text: the person's name, or the position of a seat with nobody named. */
    public static String name(Membership m) {
        if (named(m)) {
            return m.person().fullName();
        }
        return m.position() == null ? "" : m.position();
    }

    /**
     * Named people by given name, family name, middle name; seats without a name keep their decision
     * order after them, because sorting "Trưởng Công an phường" by its last word ("phường") would mean
     * nothing.
     */
    public static List<Membership> inListOrder(List<Membership> members) {
        List<Membership> named = new ArrayList<>();
        List<Membership> seats = new ArrayList<>();
        for (Membership m : members) {
            (named(m) ? named : seats).add(m);
        }
        named.sort(Comparator.comparing(ListedSeats::name, NAMES));
        named.addAll(seats);
        return named;
    }

    private static boolean named(Membership m) {
        return m.person() != null && m.person().fullName() != null && !m.person().fullName().isBlank();
    }
}
