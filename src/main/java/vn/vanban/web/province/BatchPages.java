package vn.vanban.web.province;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.vanban.batches.Batch;
import vn.vanban.batches.BatchKind;
import vn.vanban.batches.BatchService;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterProblem;

/**
 * A province's batches: the list with a form to start one, and one batch's progress, polled by htmx
 * every second from a fragment that stops asking once the batch is done (the last answer carries no
 * trigger), with each commune that failed and why as soon as it fails, then the ZIP.
 */
@Controller
class BatchPages {

    /** How many of the latest batches the list shows; older ones stay reachable by their address. */
    private static final int LISTED = 50;

    private final BatchService batches;

    BatchPages(BatchService batches) {
        this.batches = batches;
    }

    @GetMapping("/provinces/{code}/batches")
    String list(@PathVariable String code, Model model) {
        return listPage(code, BatchForm.DEFAULT, Map.of(), model);
    }

    @PostMapping("/provinces/{code}/batches")
    String start(@PathVariable String code, BatchForm form, Model model) {
        try {
            Batch batch = batches.submit(form.toRequest(code));
            return "redirect:/batches/" + batch.id();
        } catch (InvalidRosterException e) {
            return listPage(code, form, errors(e.problems()), model);
        }
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        Batch batch = batches.get(id);
        model.addAttribute("batch", batch);
        model.addAttribute("currentPath", "/provinces/" + batch.province() + "/batches");
        return "province/batch";
    }

    @GetMapping("/batches/{id}/progress")
    String progress(@PathVariable long id, Model model) {
        model.addAttribute("batch", batches.get(id));
        return "province/batch-progress";
    }

    private String listPage(String code, BatchForm form, Map<String, String> errors, Model model) {
        model.addAttribute("batches", batches.list(code, LISTED));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", List.of(BatchKind.values()));
        model.addAttribute("code", code);
        model.addAttribute("currentPath", "/provinces/" + code + "/batches");
        return "province/batches";
    }

    /** "/kind" → "kind"; a problem of the province as a whole (no roster anywhere) goes above the form. */
    static Map<String, String> errors(List<RosterProblem> problems) {
        return problems.stream().collect(Collectors.toMap(
                p -> switch (p.pointer()) {
                    case "/kind", "/format", "/layout" -> p.pointer().substring(1);
                    default -> "";
                },
                RosterProblem::message, (a, b) -> a + "; " + b, LinkedHashMap::new));
    }
}
