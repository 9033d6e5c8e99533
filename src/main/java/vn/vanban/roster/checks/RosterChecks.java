package vn.vanban.roster.checks;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.vanban.problem.JsonPointers;
import vn.vanban.roster.checks.Finding.Severity;
import vn.vanban.text.LegacyText;
import vn.vanban.text.PhoneNumbers;
import vn.vanban.text.VietnameseText;

/**
 * The rules of the guidance letters applied to one commune's roster (villages and teams). Everything
 * is a warning except what makes a founding decision impossible (a team with no Tổ trưởng or two).
 * The roster is read as sent, before normalisation, so that decomposed or legacy-encoded text is seen.
 */
public final class RosterChecks {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final int minMembers;

    /** @param minMembers the fewest members a team should have (5 in most provinces, 4 or 7 in some) */
    public RosterChecks(int minMembers) {
        this.minMembers = minMembers;
    }

    public List<Finding> check(JsonNode roster) {
        List<Finding> findings = new ArrayList<>();
        JsonNode teams = roster.path("teams");
        Map<String, String> names = new HashMap<>();
        Map<String, String> phones = new HashMap<>();
        Set<String> villagesWithTeam = new HashSet<>();
        for (int t = 0; t < teams.size(); t++) {
            JsonNode team = teams.get(t);
            String at = "/teams/" + t;
            String teamName = text(team, "name", "Tổ " + (t + 1));
            String village = team.path("area").path("name").asString(team.path("village").asString(""));
            if (!village.isEmpty()) {
                villagesWithTeam.add(nameKey(village));
            }
            // A stored roster links a team to its village by key.
            String villageKey = team.path("villageKey").asString("");
            if (!villageKey.isEmpty() && !"dissolved".equals(team.path("status").asString(""))) {
                villagesWithTeam.add("key:" + villageKey);
            }
            teamRules(team, teamName, at, roster.path("profile").path("chair").asString(""), findings);
            JsonNode members = team.path("members");
            for (int m = 0; m < members.size(); m++) {
                // Template data carries the person's fields on the member; a stored roster under "person".
                JsonNode member = members.get(m).has("person") ? members.get(m).path("person") : members.get(m);
                String where = at + "/members/" + m + (members.get(m).has("person") ? "/person" : "");
                String fullName = member.path("fullName").asString("");
                duplicate(names, nameKey(fullName), where, "duplicate-person",
                        "Tên " + fullName + " xuất hiện hai lần", findings);
                String phone = member.path("phone").asString("");
                phoneRule(phone, where + "/phone", findings);
                if (!phone.isBlank() && !PhoneNumbers.isMasked(phone)) {
                    duplicate(phones, phone.replaceAll("\\D", "").replaceFirst("^84", "0"), where + "/phone", "duplicate-phone",
                            "Số điện thoại " + phone + " xuất hiện hai lần", findings);
                }
            }
        }
        JsonNode villages = roster.path("villages");
        for (int v = 0; v < villages.size(); v++) {
            String name = villages.get(v).path("name").asString("");
            String key = villages.get(v).path("key").asString("");
            boolean active = villages.get(v).path("active").asBoolean(true);
            if (active && !villagesWithTeam.contains(nameKey(name)) && !villagesWithTeam.contains("key:" + key)) {
                findings.add(new Finding(Severity.WARNING, "village-without-team",
                        villageLabel(villages.get(v).path("kind").asString("Thôn"), name) + " chưa có Tổ công nghệ số cộng đồng",
                        "/villages/" + v));
            }
        }
        textRules(roster, "", findings);
        return findings;
    }

    private void teamRules(JsonNode team, String teamName, String at, String chair, List<Finding> findings) {
        JsonNode members = team.path("members");
        int leaders = 0;
        int deputies = 0;
        List<String> roles = new ArrayList<>();
        String leaderPosition = "";
        String leaderName = "";
        for (JsonNode m : members) {
            String role = m.path("role").asString("");
            roles.add(role);
            if (role.equals("leader")) {
                leaders++;
                leaderPosition = m.path("position").asString("");
                leaderName = m.path("person").path("fullName").asString(m.path("fullName").asString(""));
            } else if (role.equals("deputy") || role.equals("standing-deputy")) {
                deputies++;
            }
        }
        if (members.size() < minMembers) {
            findings.add(new Finding(Severity.WARNING, "team-size", teamName + " có " + members.size()
                    + " thành viên, ít hơn mức tối thiểu " + minMembers, at + "/members"));
        }
        TeamComposition.problem(teamName, roles)
                .ifPresent(p -> findings.add(new Finding(Severity.ERROR, "one-leader", p, at + "/members")));
        if (deputies == 0) {
            findings.add(new Finding(Severity.WARNING, "deputy", teamName + " chưa có Tổ phó", at + "/members"));
        }
        if ("commune".equals(team.path("level").asString("")) && leaders == 1) {
            String p = fold(leaderPosition);
            boolean chairByPosition = p.contains("chu tich") && !p.contains("pho chu tich")
                    && (p.contains("uy ban nhan dan") || p.contains("ubnd"));
            boolean chairByName = !chair.isBlank() && nameKey(chair).equals(nameKey(leaderName));
            if (!chairByPosition && !chairByName) {
                findings.add(new Finding(Severity.WARNING, "commune-team-leader",
                        "Tổ trưởng Tổ cấp xã nên là Chủ tịch Ủy ban nhân dân xã, phường, đặc khu", at + "/members"));
            }
        }
    }

    private static void phoneRule(String phone, String where, List<Finding> findings) {
        if (phone.isBlank() || PhoneNumbers.isMasked(phone)) {
            return;
        }
        boolean valid;
        try {
            Phonenumber.PhoneNumber parsed = PHONES.parse(phone, "VN");
            valid = PHONES.isValidNumberForRegion(parsed, "VN");
        } catch (NumberParseException e) {
            valid = false;
        }
        if (!valid) {
            findings.add(new Finding(Severity.WARNING, "phone", "Số điện thoại " + phone
                    + " không phải số Việt Nam hợp lệ", where));
        }
    }

    private static void duplicate(Map<String, String> seen, String key, String where, String rule, String message,
                                  List<Finding> findings) {
        if (key.isEmpty()) {
            return;
        }
        String first = seen.putIfAbsent(key, where);
        if (first != null) {
            findings.add(new Finding(Severity.WARNING, rule, message + " (cũng có ở " + first + ")", where));
        }
    }

    /** Every string of the roster: decomposed (not NFC) or legacy-encoded text is reported where it is. */
    private static void textRules(JsonNode node, String at, List<Finding> findings) {
        if (node.isString()) {
            String s = node.stringValue();
            if (VietnameseText.isDecomposed(s)) {
                findings.add(new Finding(Severity.WARNING, "decomposed-text",
                        "Chữ tiếng Việt dạng tổ hợp (không phải dựng sẵn NFC): \"" + VietnameseText.nfc(s)
                                + "\"; sẽ được chuẩn hóa khi lưu", at));
            }
            LegacyText.detect(s).ifPresent(legacy -> findings.add(new Finding(Severity.WARNING, "legacy-encoding",
                    "Chữ có vẻ gõ bằng bảng mã cũ " + legacy.name() + " (không phải Unicode): \"" + s + "\"", at)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                textRules(node.get(i), at + "/" + i, findings);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                textRules(e.getValue(), JsonPointers.child(at, e.getKey()), findings);
            }
        }
    }

    /** "Ấp Giao Hòa A", but "Thôn 7" rather than "Thôn Thôn 7" when the name already says its kind. */
    static String villageLabel(String kind, String name) {
        String label = nameKey(name).startsWith(nameKey(kind) + " ") ? name : kind + " " + name;
        return label.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + label.substring(1);
    }

    /** Names are the same person when they differ only in case, composition or spacing. */
    static String nameKey(String s) {
        return VietnameseText.squeeze(VietnameseText.nfc(s)).toLowerCase(Locale.forLanguageTag("vi"));
    }

    /** A key for matching titles: composed, lower case, tones and đ folded, white space squeezed. */
    static String fold(String s) {
        String decomposed = Normalizer.normalize(VietnameseText.squeeze(s).toLowerCase(Locale.forLanguageTag("vi")),
                Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
    }

    private static String text(JsonNode node, String field, String fallback) {
        String v = node.path(field).asString("");
        return v.isBlank() ? fallback : VietnameseText.nfc(v);
    }
}
