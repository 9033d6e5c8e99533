package vn.vanban.roster.checks;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds of the roster checks. Provinces set different team sizes (4, 5 and 7 all occur), so the
 * minimum can be set per province code.
 *
 * @param minMembers           fewest members a team may have where its province sets no number of its own
 * @param minMembersByProvince fewest members a team may have, by two-digit province code
 *                             ({@code vanban.roster.min-members-by-province.38=7})
 */
@ConfigurationProperties("vanban.roster")
public record RosterCheckProperties(@DefaultValue("5") int minMembers, Map<String, Integer> minMembersByProvince) {

    public int minMembers(String provinceCode) {
        if (provinceCode != null && minMembersByProvince != null && minMembersByProvince.containsKey(provinceCode)) {
            return minMembersByProvince.get(provinceCode);
        }
        return minMembers;
    }
}
