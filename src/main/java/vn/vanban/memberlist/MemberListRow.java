package vn.vanban.memberlist;

import vn.vanban.roster.Role;
import vn.vanban.text.VietnameseText;

/**
 * One member of one team, as a database query gives it: a flat row, the groups (commune, team) repeated
 * on every row. Rows must come ordered by commune, then team. Texts are composed to NFC; a missing
 * text is empty.
 *
 * @param communeCode  the commune's five-digit code; a new code starts a new commune group
 * @param communeName  as printed, e.g. "Phường Hạc Thành"
 * @param teamName     e.g. "Tổ KP1"; a new name within the commune starts a new team group
 * @param decisionText the founding decision, e.g. "01/QĐ-UBND ngày 10/7/2025", or empty
 * @param memberName   the person's full name, or the position of a seat that names nobody
 * @param role         the role in the team, whose label depends on the form's edition; null for the row
 *                     of a team nobody sits in yet
 * @param phone        as typed; masked on the list when the request asks for it
 * @param note         the Ghi chú of the 2025 layout
 * @param group        a seat that stands for a group of people ("Các đồng chí là Tổ trưởng …"): listed, but
 *                     not counted as one member in Cộng and TỔNG
 */
public record MemberListRow(String communeCode, String communeName, String teamName, String decisionText,
                            String memberName, Role role, String phone, String note, boolean group) {

    /** A person's seat (or a seat named by its position), counted as one member. */
    public MemberListRow(String communeCode, String communeName, String teamName, String decisionText,
                         String memberName, Role role, String phone, String note) {
        this(communeCode, communeName, teamName, decisionText, memberName, role, phone, note, false);
    }

    public MemberListRow {
        communeCode = text(communeCode);
        communeName = text(communeName);
        teamName = text(teamName);
        decisionText = text(decisionText);
        memberName = text(memberName);
        phone = text(phone);
        note = text(note);
    }

    /** The row of a team without members: the team is listed, nobody is counted. */
    public static MemberListRow teamWithoutMembers(String communeCode, String communeName, String teamName,
                                                   String decisionText) {
        return new MemberListRow(communeCode, communeName, teamName, decisionText, null, null, null, null);
    }

    /** Whether the row is a member's, not that of a team without members. */
    public boolean hasMember() {
        return role != null;
    }

    /** Whether the row adds one to the members of Cộng and TỔNG: a seat, and not one standing for a group. */
    public boolean countsAsMember() {
        return hasMember() && !group;
    }

    private static String text(String s) {
        return s == null ? "" : VietnameseText.nfc(s);
    }
}
