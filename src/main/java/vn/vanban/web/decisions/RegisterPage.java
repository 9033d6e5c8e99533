package vn.vanban.web.decisions;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.decisions.StoredFile;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.security.AccessPolicy;

/** The register (sổ đăng ký văn bản đi) of a commune's decisions, and its drafts waiting for a number. */
@Controller
class RegisterPage {

    /** Newest first, as a clerk looks for the last number given. */
    private static final Comparator<Decision> NEWEST_FIRST = Comparator.comparing(Decision::year, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Decision::number, Comparator.nullsLast(Comparator.reverseOrder()));

    private final DecisionService decisions;
    private final CommuneRepository communes;
    private final AccessPolicy access;

    RegisterPage(DecisionService decisions, CommuneRepository communes, AccessPolicy access) {
        this.decisions = decisions;
        this.communes = communes;
        this.access = access;
    }

    @GetMapping("/communes/{code}/register")
    String register(@PathVariable String code, Model model) {
        List<Decision> all = decisions.list(code);
        Map<Long, List<StoredFile>> files = decisions.storedFilesByDecision(code);
        model.addAttribute("registered", all.stream().filter(Decision::registered).sorted(NEWEST_FIRST)
                .map(d -> DecisionSummary.of(d, files.get(d.id()))).toList());
        model.addAttribute("drafts", all.stream().filter(d -> !d.registered()).map(d -> DecisionSummary.of(d, null)).toList());
        model.addAttribute("communeCode", code);
        model.addAttribute("canWrite", access.canWriteCommune(code));
        model.addAttribute("communeName", communes.findById(code).map(Commune::fullName).orElse(code));
        model.addAttribute("currentPath", "/communes/" + code + "/register");
        return "decisions/register";
    }
}
