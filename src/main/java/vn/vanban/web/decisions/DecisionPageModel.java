package vn.vanban.web.decisions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.security.AccessPolicy;
import vn.vanban.web.preview.PageImages;

/**
 * What the decision page shows, read from the services the API reads: the decision, its PDF as page
 * images (rendered now for a draft, the stored file once registered), its files, the teams it covers,
 * the decisions it replaces or that replaced it, and which actions the person may take.
 */
@Component
class DecisionPageModel {

    private final DecisionService decisions;
    private final RosterService rosters;
    private final AccessPolicy access;
    private final PagePreviews previews;

    DecisionPageModel(DecisionService decisions, RosterService rosters, AccessPolicy access, PagePreviews previews) {
        this.decisions = decisions;
        this.rosters = rosters;
        this.access = access;
        this.previews = previews;
    }

    /** Fills the page of decision {@code id}; 404 when it does not exist or lies outside the caller's scope. */
    Decision fill(Model model, long id, RegistrationForm registration, Map<String, List<String>> errors, boolean askEarlierDate) {
        Decision d = decisions.get(id);
        PageImages.Preview preview = previews.of(d);
        Set<String> covered = Set.copyOf(d.teams());
        List<String> teams = rosters.get(d.communeCode()).teams().stream().filter(t -> covered.contains(t.key())).map(Team::name).toList();
        model.addAttribute("decision", DecisionSummary.of(d, d.registered() ? decisions.storedFiles(id) : List.of()));
        model.addAttribute("teams", teams);
        model.addAttribute("preview", preview);
        model.addAttribute("replaces", d.replaces() == null ? null : DecisionSummary.of(decisions.get(d.replaces()), null));
        model.addAttribute("replacedBy", d.replacedBy() == null ? null : DecisionSummary.of(decisions.get(d.replacedBy()), null));
        model.addAttribute("canRegister", !d.registered() && access.canRegister(d.communeCode()));
        model.addAttribute("canDelete", !d.registered() && access.canWriteCommune(d.communeCode()));
        model.addAttribute("registration", registration);
        model.addAttribute("errors", errors);
        model.addAttribute("askEarlierDate", askEarlierDate);
        model.addAttribute("currentPath", "/communes/" + d.communeCode() + "/register");
        return d;
    }
}
