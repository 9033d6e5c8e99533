package vn.vanban.decisions.draft;

import java.util.List;

/**
 * A request to draw decisions from the roster.
 *
 * @param kind    commune-team, village-teams or each-team (founding: teams without a decision in force), or
 *                reconstitute (kiện toàn: teams with one; the new decision replaces it)
 * @param teams   team keys; by default every team of the kind that is not dissolved (and has, for
 *                reconstitute, or has not, for founding, a decision in force)
 * @param subject the trích yếu, when the default wording does not suit (not for each-team)
 * @param deputy  the Vice-Chair who signs "KT. CHỦ TỊCH" (one of the profile's deputies), under "TM. ỦY BAN NHÂN DÂN"
 *                when the committee issues; the decision stays the issuer's. The Chair by default
 */
public record NewDecision(String kind, List<String> teams, String subject, String deputy) {
}
