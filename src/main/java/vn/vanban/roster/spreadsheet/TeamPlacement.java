package vn.vanban.roster.spreadsheet;

import java.util.List;
import java.util.regex.Pattern;
import vn.vanban.roster.Village;

/**
 * Where a team first seen in an import belongs: the commune team when its name names the commune
 * ("Tổ công nghệ số cộng đồng phường Cẩm Thành", "Tổ công nghệ số phường"), else the team of the
 * village whose name it contains ("Tổ KP1" serves KP1).
 */
final class TeamPlacement {

    /** The words that make a name the commune's; diacritics count, so "Đông Xá" is no "xã". */
    private static final String UNIT = "(?:xã|phường|đặc khu|thị trấn)";
    private static final Pattern LEADING_UNIT = Pattern.compile("^(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)?\\s*"
            + UNIT + "?\\s*");
    private static final Pattern ENDS_WITH_UNIT = Pattern.compile(".*\\s" + UNIT);

    private TeamPlacement() {
    }

    /**
     * @param communeName "Cẩm Thành", "phường Cẩm Thành", "UBND phường 1, thành phố Trà Vinh"; null
     *                    when unknown, and then only a name ending with the unit word counts
     */
    static boolean namesCommune(String teamName, String communeName) {
        String team = Folding.name(teamName);
        if (ENDS_WITH_UNIT.matcher(team).matches()) {
            return true;
        }
        String core = core(communeName);
        return !core.isEmpty() && Pattern.compile("(?<![\\p{L}\\p{N}])" + UNIT + " " + Pattern.quote(core)
                + "(?![\\p{L}\\p{N}])").matcher(team).find();
    }

    /** "UBND phường 1, thành phố Trà Vinh" → "1": the commune's own name, lower case. */
    static String core(String communeName) {
        String name = Folding.name(communeName);
        int comma = name.indexOf(',');
        if (comma >= 0) {
            name = name.substring(0, comma);
        }
        return LEADING_UNIT.matcher(name).replaceFirst("").strip();
    }

    /** The key of the village whose name the team's name contains, the longest such name; else null. */
    static String villageKey(String teamName, List<Village> villages) {
        String team = Folding.name(teamName);
        Village best = null;
        int bestLength = 0;
        for (Village v : villages) {
            String name = Folding.name(v.name());
            if (name.length() > bestLength && containsWord(team, name)) {
                best = v;
                bestLength = name.length();
            }
        }
        return best == null ? null : best.key();
    }

    /** "thôn 1" is in "tổ thôn 1" but not in "tổ thôn 10". */
    private static boolean containsWord(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }
}
