package vn.vanban.api;

import vn.vanban.roster.Gender;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Role;

/** A seat as a client sends it; {@code person} is null for a seat named by its position only. */
record MemberRequest(String key, Role role, boolean invited, boolean group, String position, String organisation,
                     PersonRequest person) {

    Membership toMembership() {
        return toMembership(key);
    }

    /** The seat under {@code key}, whatever key the body carries: the path names the seat edited. */
    Membership toMembership(String key) {
        return new Membership(key, role, invited, group, position, organisation, person == null ? null : person.toPerson());
    }

    /**
     * A person as a client sends it. {@code phoneE164} and {@code phoneMasked} are accepted so that a seat
     * read can be sent back, and ignored: the server computes them from the number as typed.
     */
    record PersonRequest(String fullName, Gender gender, String phone, String phoneE164,
                         boolean phoneMasked, boolean zalo, String note) {

        Person toPerson() {
            return new Person(fullName, gender, phone, null, false, zalo, note);
        }
    }
}
