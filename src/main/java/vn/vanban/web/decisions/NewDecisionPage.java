package vn.vanban.web.decisions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.draft.DraftChoices;
import vn.vanban.problem.ProblemException;
import vn.vanban.roster.InvalidRosterException;

/** "Lập quyết định": the kind, the teams, the signer and the trích yếu of a new draft. */
@Controller
class NewDecisionPage {

    private final DecisionDrafts drafts;
    private final PagePreviews previews;

    NewDecisionPage(DecisionDrafts drafts, PagePreviews previews) {
        this.drafts = drafts;
        this.previews = previews;
    }

    /** Also what the form asks for again when the kind changes (htmx swaps the part below the kinds). */
    @GetMapping("/communes/{code}/decisions/new")
    String form(@PathVariable String code, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String subject, @RequestParam(required = false) String signer, Model model) {
        DraftChoices choices = drafts.choices(code);
        return show(model, choices, DecisionForm.start(choices, kind, subject, signer), Map.of());
    }

    @PostMapping("/communes/{code}/decisions/new")
    String create(@PathVariable String code, DecisionForm form, Model model, RedirectAttributes flash, HttpServletResponse response) {
        List<Decision> made;
        try {
            if (form.kind() != null && form.teams().isEmpty()) {
                // The service reads "no team" as "every team of the kind": a form with every box cleared means none.
                return refused(code, form, model, response, FormErrors.one("teams", "Hãy chọn ít nhất một tổ."));
            }
            made = drafts.create(code, form.toRequest());
        } catch (InvalidRosterException e) {
            return refused(code, form, model, response, FormErrors.of(e.problems()));
        } catch (ProblemException e) {
            if (e.type().status() != 422) {
                throw e;
            }
            List<String> reasons = e.errors().stream().map(m -> FormErrors.forPeople(String.valueOf(m.get("detail")))).toList();
            return refused(code, form, model, response, Map.of(FormErrors.GENERAL, reasons.isEmpty() ? List.of(e.detail()) : reasons));
        }
        if (made.size() == 1) {
            previews.prepare(made.get(0).id());
            flash.addFlashAttribute("flashOk", "Đã lập dự thảo. Hãy đọc lại từng trang trước khi tải về hoặc chuyển văn thư cấp số.");
            return "redirect:/decisions/" + made.get(0).id();
        }
        flash.addFlashAttribute("flashOk", "Đã lập " + made.size() + " dự thảo, mỗi quyết định một dự thảo; danh sách ở mục “Dự thảo” bên dưới.");
        return "redirect:/communes/" + code + "/register#du-thao";
    }

    private String refused(String code, DecisionForm form, Model model, HttpServletResponse response, Map<String, List<String>> errors) {
        response.setStatus(422);
        return show(model, drafts.choices(code), form, errors);
    }

    private static String show(Model model, DraftChoices choices, DecisionForm form, Map<String, List<String>> errors) {
        model.addAttribute("choices", choices);
        model.addAttribute("form", form);
        model.addAttribute("labels", DecisionLabels.CHOICES);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", "/communes/" + choices.communeCode() + "/decisions/new");
        return "decisions/new";
    }
}
