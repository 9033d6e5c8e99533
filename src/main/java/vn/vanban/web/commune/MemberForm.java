package vn.vanban.web.commune;

import java.util.List;
import java.util.Set;
import vn.vanban.roster.Gender;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Person;
import vn.vanban.roster.Role;

/**
 * A seat as the member form posts it. A seat without a name and without a phone is a seat named by its
 * position only (the Cẩm Thành decision lists "Trưởng Công an phường"), so it has no person.
 */
public record MemberForm(Long version, String role, Boolean invited, Boolean group, String fullName, String gender,
                         String position, String organisation, String phone, Boolean zalo, String note) {

    /** An unticked checkbox sends nothing: absent is false (a primitive would make the binder refuse the form). */
    public MemberForm {
        invited = Boolean.TRUE.equals(invited);
        group = Boolean.TRUE.equals(group);
        zalo = Boolean.TRUE.equals(zalo);
    }

    static final Set<String> INPUTS = Set.of("role", "fullName", "gender", "position", "organisation", "phone", "note");

    static MemberForm empty(Long version) {
        return new MemberForm(version, "member", false, false, null, null, null, null, null, false, null);
    }

    static MemberForm of(Long version, Membership m) {
        Person p = m.person();
        return new MemberForm(version, m.role() == null ? "member" : m.role().json(), m.invited(), m.group(),
                p == null ? null : p.fullName(), p == null || p.gender() == null ? null : p.gender().json(), m.position(),
                m.organisation(), p == null ? null : p.phone(), p != null && p.zalo(), p == null ? null : p.note());
    }

    Membership toMembership(String key) {
        Role r;
        try {
            r = role == null ? Role.MEMBER : Role.fromJson(role);
        } catch (RuntimeException e) {
            r = Role.MEMBER;
        }
        String name = Lines.blankToNull(fullName);
        String number = Lines.blankToNull(phone);
        Person person = name == null && number == null && !zalo && Lines.blankToNull(note) == null ? null
                : new Person(name, genderValue(), number, null, false, zalo, Lines.blankToNull(note));
        return new Membership(key, r, invited, group, Lines.blankToNull(position), Lines.blankToNull(organisation), person);
    }

    private Gender genderValue() {
        return "male".equals(gender) ? Gender.MALE : "female".equals(gender) ? Gender.FEMALE : null;
    }

    MemberForm withVersion(Long version) {
        return new MemberForm(version, role, invited, group, fullName, gender, position, organisation, phone, zalo, note);
    }

    List<Conflict.Field> fields() {
        return List.of(new Conflict.Field("Họ và tên", fullName),
                new Conflict.Field("Vai trò", Labels.roles().getOrDefault(role, role)),
                new Conflict.Field("Giới tính", "male".equals(gender) ? "Nam" : "female".equals(gender) ? "Nữ" : ""),
                new Conflict.Field("Chức vụ", position), new Conflict.Field("Cơ quan, đoàn thể", organisation),
                new Conflict.Field("Điện thoại", phone), new Conflict.Field("Có Zalo", zalo ? "Có" : "Không"),
                new Conflict.Field("Mời", invited ? "Có" : "Không"), new Conflict.Field("Mục đại diện nhóm", group ? "Có" : "Không"),
                new Conflict.Field("Ghi chú", note));
    }
}
