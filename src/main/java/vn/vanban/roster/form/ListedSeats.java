package vn.vanban.roster.form;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Role;
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
     * As the seeds list a team: the Tổ trưởng first, then the Tổ phó thường trực, the Tổ phó and the
     * members. Among the same role, named people by given name, family name, middle name; seats without
     * a name keep their decision order after them, because sorting "Trưởng Công an phường" by its last
     * word ("phường") would mean nothing.
     */
    public static List<Membership> inListOrder(List<Membership> members) {
        List<Membership> listed = new ArrayList<>(members.size());
        for (Role role : Role.values()) {
            List<Membership> named = new ArrayList<>();
            List<Membership> seats = new ArrayList<>();
            for (Membership m : members) {
                if (m.role() == role || m.role() == null && role == Role.MEMBER) {
                    (named(m) ? named : seats).add(m);
                }
            }
            named.sort(Comparator.comparing(ListedSeats::name, NAMES));
            listed.addAll(named);
            listed.addAll(seats);
        }
        return listed;
    }

    private static boolean named(Membership m) {
        return m.person() != null && m.person().fullName() != null && !m.person().fullName().isBlank();
    }
}
