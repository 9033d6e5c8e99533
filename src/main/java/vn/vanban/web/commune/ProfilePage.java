package vn.vanban.web.commune;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Profile;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.StaleRosterException;

/** The commune's profile: what its decisions print (issuer, signers, Căn cứ, Nơi nhận …). */
@Controller
class ProfilePage {

    private final RosterService rosters;
    private final CommuneOverviews overviews;

    ProfilePage(RosterService rosters, CommuneOverviews overviews) {
        this.rosters = rosters;
        this.overviews = overviews;
    }

    @GetMapping("/communes/{code}/profile")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("form", ProfileForm.of(rosters.profile(code)));
        return page(code, model);
    }

    @PostMapping("/communes/{code}/profile")
    String save(@PathVariable String code, @ModelAttribute("form") ProfileForm form, Model model, RedirectAttributes flash) {
        try {
            rosters.replaceProfile(code, form.version(), form.toProfile());
            flash.addFlashAttribute("flashOk", "Đã lưu hồ sơ của xã.");
            return "redirect:/communes/" + code + "/profile";
        } catch (InvalidRosterException e) {
            model.addAttribute("errors", FieldErrors.of(e.problems(), ProfileForm.INPUTS));
        } catch (StaleRosterException e) {
            RosterPart<Profile> now = rosters.profile(code);
            model.addAttribute("conflict", Conflict.between(ProfileForm.of(now).fields(), form.fields(), now.version()));
            model.addAttribute("form", form.withVersion(now.version()));
        }
        return page(code, model);
    }

    private String page(String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("commune", overviews.commune(code));
        model.addAttribute("canWrite", overviews.canWrite(code));
        model.addAttribute("currentPath", "/communes/" + code + "/profile");
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.NONE);
        }
        return "commune/profile";
    }
}
