package vn.vanban.web.decisions;

import java.util.List;
import vn.vanban.decisions.draft.DraftChoices;
import vn.vanban.decisions.draft.NewDecision;

/**
 * What the "new decision" form sends, kept as typed so that a refused form comes back as it was.
 *
 * @param kind    commune-team, village-teams, each-team, reconstitute or dissolve
 * @param teams   the keys of the teams ticked
 * @param subject the trích yếu as typed
 * @param signer  {@link #CHAIR}, or the name of the Vice-Chair who signs KT. CHỦ TỊCH
 */
public record DecisionForm(String kind, List<String> teams, String subject, String signer) {

    static final String CHAIR = "chair";

    public DecisionForm {
        teams = teams == null ? List.of() : List.copyOf(teams);
        signer = signer == null || signer.isBlank() ? CHAIR : signer;
    }

    /**
     * The form as it opens, or as it comes back after the kind changed: the kind asked for if it can be drafted,
     * else the first that can; the teams the service would choose for it; a trích yếu the person
     * typed is kept, a default wording follows the kind.
     */
    static DecisionForm start(DraftChoices choices, String kind, String subject, String signer) {
        DraftChoices.Kind chosen = kind == null ? null : choices.kind(kind);
        if (chosen == null || !chosen.available()) {
            chosen = choices.kind(choices.firstAvailable());
        }
        if (chosen == null) {
            return new DecisionForm(null, List.of(), typed(choices, subject) ? subject : null, signer);
        }
        String wording = typed(choices, subject) ? subject : chosen.subject();
        return new DecisionForm(chosen.kind(), chosen.defaults(), wording, signer);
    }

    /** Typed by a person: not empty and not one of the default wordings the form prefilled. */
    static boolean typed(DraftChoices choices, String subject) {
        return subject != null && !subject.isBlank()
                && choices.kinds().stream().noneMatch(k -> subject.strip().equals(k.subject()));
    }

    /** Each team's own decision words its own trích yếu: the field is not offered for each-team. */
    public boolean subjectApplies() {
        return !"each-team".equals(kind);
    }

    /** The request to the drafts service: the ticked teams, the subject where it applies, the Vice-Chair if one signs. */
    NewDecision toRequest() {
        String wording = subjectApplies() && subject != null && !subject.isBlank() ? subject.strip() : null;
        return new NewDecision(kind, teams, wording, CHAIR.equals(signer) ? null : signer);
    }
}
