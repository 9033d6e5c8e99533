package vn.vanban.web.commune;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.roster.Village;

/** The commune's villages (thôn, ấp, khu phố …): list, add, rename, delete. */
@Controller
class VillagesPage {

    static final String STALE = "Người khác đã lưu thay đổi từ lúc bạn mở trang, nên chưa lưu gì. "
            + "Danh sách dưới đây là bản mới nhất; những gì bạn nhập vẫn còn trong ô, hãy xem lại rồi lưu lại.";

    private final RosterService rosters;
    private final CommuneOverviews overviews;

    VillagesPage(RosterService rosters, CommuneOverviews overviews) {
        this.rosters = rosters;
        this.overviews = overviews;
    }

    @GetMapping("/communes/{code}/villages")
    String list(@PathVariable String code, Model model) {
        return page(code, model);
    }

    @PostMapping("/communes/{code}/villages")
    String add(@PathVariable String code, @ModelAttribute VillageForm form, Model model, RedirectAttributes flash) {
        try {
            Village added = rosters.addVillage(code, form.version(), form.toVillage(null)).value();
            flash.addFlashAttribute("flashOk", "Đã thêm " + CommuneOverviews.villageLabel(added) + ".");
            return "redirect:/communes/" + code + "/villages";
        } catch (InvalidRosterException e) {
            model.addAttribute("errors", FieldErrors.of(e.problems(), VillageForm.INPUTS));
        } catch (StaleRosterException e) {
            model.addAttribute("flashError", STALE);
        }
        model.addAttribute("editing", "");
        model.addAttribute("typed", form);
        return page(code, model);
    }

    @PostMapping("/communes/{code}/villages/{village}")
    String rename(@PathVariable String code, @PathVariable("village") String key, @ModelAttribute VillageForm form, Model model,
                  RedirectAttributes flash) {
        try {
            rosters.modify(code, form.version(), r -> r.replaceVillage(form.toEdited(key, r.village(key))));
            flash.addFlashAttribute("flashOk", "Đã lưu thôn.");
            return "redirect:/communes/" + code + "/villages#village-" + key;
        } catch (InvalidRosterException e) {
            model.addAttribute("errors", FieldErrors.of(e.problems(), VillageForm.INPUTS));
        } catch (StaleRosterException e) {
            model.addAttribute("flashError", STALE);
        }
        model.addAttribute("editing", key);
        model.addAttribute("typed", form);
        return page(code, model);
    }

    @PostMapping("/communes/{code}/villages/{village}/delete")
    String delete(@PathVariable String code, @PathVariable("village") String key, @RequestParam(required = false) Long version,
                  RedirectAttributes flash) {
        try {
            rosters.removeVillage(code, version, key);
            flash.addFlashAttribute("flashOk", "Đã xóa thôn.");
        } catch (InvalidRosterException e) {
            boolean hasTeam = e.problems().stream().anyMatch(p -> p.pointer().endsWith("/villageKey"));
            flash.addFlashAttribute("flashError", hasTeam
                    ? "Chưa xóa được: thôn này đang có tổ. Hãy xóa tổ của thôn, hoặc chuyển tổ sang thôn khác, rồi xóa thôn."
                    : "Chưa xóa được: " + String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
        } catch (StaleRosterException e) {
            flash.addFlashAttribute("flashError", "Người khác đã lưu thay đổi từ lúc bạn mở trang, nên thôn chưa bị xóa. "
                    + "Hãy xem lại danh sách mới nhất dưới đây rồi xóa lại nếu vẫn cần.");
        }
        return "redirect:/communes/" + code + "/villages";
    }

    private String page(String code, Model model) {
        model.addAttribute("o", overviews.overview(code));
        model.addAttribute("code", code);
        model.addAttribute("currentPath", "/communes/" + code + "/villages");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.NONE);
        }
        return "commune/villages";
    }
}
