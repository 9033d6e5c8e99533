package vn.vanban.decisions.draft;

import java.util.List;

/**
 * What a commune can draft now from its stored roster, for a form that offers only what applies.
 *
 * @param profileProblems what the commune's profile lacks before any decision can be drawn (empty when complete)
 * @param collective      the Committee decides (TM. ỦY BAN NHÂN DÂN) rather than its Chair in person
 * @param chair           the Chair's name, who signs by default
 * @param deputies        the Vice-Chairs who may sign KT. CHỦ TỊCH
 * @param kinds           every kind, in the order a form offers them, available or not
 * @param teams           the teams still in being, in roster order
 */
public record DraftChoices(String communeCode, String communeName, List<String> profileProblems, boolean collective,
                           String chair, List<String> deputies, List<Kind> kinds, List<TeamChoice> teams) {

    /**
     * One kind of draft.
     *
     * @param kind        as {@link NewDecision#kind()}
     * @param candidates  the teams it may name
     * @param defaults    the teams a request that names none covers (the candidates with members)
     * @param subject     the default trích yếu, or null when each draft has its own (each-team, several kiện toàn)
     * @param unavailable why it cannot be drafted now, or null when it can
     */
    public record Kind(String kind, List<String> candidates, List<String> defaults, String subject, String unavailable) {

        public boolean available() {
            return unavailable == null;
        }
    }

    /**
     * A team as the form lists it.
     *
     * @param inForce the reference of its decision in force ("01/QĐ-UBND ngày 10/7/2025"), null when it has none
     */
    public record TeamChoice(String key, String name, boolean communeLevel, int members, String inForce) {
    }

    public Kind kind(String kind) {
        return kinds.stream().filter(k -> k.kind().equals(kind)).findFirst().orElse(null);
    }

    /** The kind a form starts with: the first that can be drafted, or null when none can. */
    public String firstAvailable() {
        return kinds.stream().filter(Kind::available).map(Kind::kind).findFirst().orElse(null);
    }
}
