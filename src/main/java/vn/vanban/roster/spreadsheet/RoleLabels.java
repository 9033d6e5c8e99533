package vn.vanban.roster.spreadsheet;

import java.util.Map;
import vn.vanban.roster.Role;

/** Role labels as communes type them, in either form's vocabulary. */
final class RoleLabels {

    /** Folded labels; both forms' words for an ordinary member are accepted in both layouts. */
    private static final Map<String, Role> ROLES = Map.of(
            "totruong", Role.LEADER,
            "tophothuongtruc", Role.STANDING_DEPUTY,
            "topho", Role.DEPUTY,
            "tovien", Role.MEMBER,
            "thanhvien", Role.MEMBER);

    static final String ACCEPTED = "Tổ trưởng, Tổ phó thường trực, Tổ phó, Tổ viên hoặc Thành viên";

    private RoleLabels() {
    }

    /** The role a label names, or null when it names none. */
    static Role parse(String label) {
        return ROLES.get(Folding.heading(label));
    }
}
