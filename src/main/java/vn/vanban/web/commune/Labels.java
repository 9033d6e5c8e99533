package vn.vanban.web.commune;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanban.roster.Gender;
import vn.vanban.roster.Role;
import vn.vanban.roster.TeamStatus;

/** The Vietnamese words the pages use for the roster's codes: roles, genders, a team's state. */
public final class Labels {

    private Labels() {
    }

    /** Roles in the order a team lists them, for the select of the member form. */
    public static Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            roles.put(r.json(), role(r));
        }
        return roles;
    }

    public static String role(Role role) {
        if (role == null) {
            return "Thành viên";
        }
        return switch (role) {
            case LEADER -> "Tổ trưởng";
            case STANDING_DEPUTY -> "Tổ phó thường trực";
            case DEPUTY -> "Tổ phó";
            case MEMBER -> "Thành viên";
        };
    }

    public static String gender(Gender gender) {
        return gender == null ? "" : gender == Gender.MALE ? "Nam" : "Nữ";
    }

    /** The badge class of the shared CSS and its words. */
    public record Badge(String css, String label) {
    }

    public static final Badge NO_TEAM = new Badge("none", "Chưa có tổ");

    public static Badge status(TeamStatus status) {
        return switch (status) {
            case PROPOSED -> new Badge("proposed", "Đề xuất, chưa có quyết định");
            case ESTABLISHED -> new Badge("established", "Đã thành lập");
            case RECONSTITUTED -> new Badge("established", "Đã kiện toàn");
            case DISSOLVED -> new Badge("dissolved", "Đã giải thể");
        };
    }
}
