package vn.vanban.web.commune;

import vn.vanban.roster.Roster;
import vn.vanban.roster.checks.Finding;

/**
 * Where a finding of the checks is fixed. A finding points into the roster as GET /roster shows it
 * ("/villages/6", "/teams/2/members/4/person/phone"), so the index is read back in the same roster to
 * the key the pages use; a village without a team goes straight to the form that adds its team.
 */
final class FindingLinks {

    /** A link's address and words; null href when no page fixes it. */
    record Link(String href, String label) {
    }

    private FindingLinks() {
    }

    private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile("/(teams|villages)/(\\d+)(/members/(\\d+))?[A-Za-z0-9/]*");

    /**
     * The message with the pointers the checks put in it ("cũng có ở /teams/0/members/3/person/phone") written
     * as a clerk reads them: the team's name and the member's.
     */
    static String readable(String message, Roster roster) {
        if (message == null || message.indexOf('/') < 0) {
            return message;
        }
        java.util.regex.Matcher m = POINTER.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(describe(m, roster)));
        }
        return m.appendTail(out).toString();
    }

    private static String describe(java.util.regex.Matcher m, Roster roster) {
        try {
            int i = Integer.parseInt(m.group(2));
            if (m.group(1).equals("villages")) {
                return CommuneOverviews.villageLabel(roster.villages().get(i));
            }
            var team = roster.teams().get(i);
            if (m.group(4) == null) {
                return team.name();
            }
            var member = team.members().get(Integer.parseInt(m.group(4)));
            return vn.vanban.roster.form.ListedSeats.name(member) + " (" + team.name() + ")";
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return m.group();
        }
    }

    static Link of(String code, Finding finding, Roster roster) {
        String base = "/communes/" + code;
        String[] p = finding.pointer() == null ? new String[0] : finding.pointer().split("/");
        try {
            if (p.length >= 3 && p[1].equals("villages")) {
                String key = roster.villages().get(Integer.parseInt(p[2])).key();
                if ("village-without-team".equals(finding.rule())) {
                    return new Link(base + "/teams/new?village=" + key, "Thêm tổ cho thôn này");
                }
                return new Link(base + "/villages#village-" + key, "Sửa thôn");
            }
            if (p.length >= 3 && p[1].equals("teams")) {
                var team = roster.teams().get(Integer.parseInt(p[2]));
                if ("reconstitution-due".equals(finding.rule())) {
                    return new Link(base + "/decisions/new", "Lập quyết định kiện toàn");
                }
                if ("dissolution-due".equals(finding.rule())) {
                    return new Link(base + "/decisions/new?kind=dissolve", "Lập quyết định giải thể");
                }
                if (p.length >= 5 && p[3].equals("members")) {
                    var member = team.members().get(Integer.parseInt(p[4]));
                    String field = FieldErrors.inputName(finding.pointer());
                    String anchor = field == null || field.equals("members") ? "" : "#f-" + field;
                    return new Link(base + "/teams/" + team.key() + "/members/" + member.key() + anchor, "Sửa thành viên");
                }
                if (p.length >= 4 && p[3].equals("members")) {
                    return new Link(base + "/teams/" + team.key() + "#them-thanh-vien", "Sửa thành viên của tổ");
                }
                return new Link(base + "/teams/" + team.key(), "Mở tổ");
            }
            if (p.length >= 2 && p[1].equals("profile")) {
                String field = FieldErrors.inputName(finding.pointer());
                return new Link(base + "/profile" + (field == null || field.equals("profile") ? "" : "#f-" + field), "Sửa hồ sơ");
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            // A pointer this page cannot follow: the finding is still shown, without a link.
        }
        return new Link(null, null);
    }
}
