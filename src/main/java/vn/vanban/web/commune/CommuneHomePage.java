package vn.vanban.web.commune;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The commune's home: what to fix, every village with its team, the commune team, the register, downloads. */
@Controller
class CommuneHomePage {

    private final CommuneOverviews overviews;

    CommuneHomePage(CommuneOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/communes/{code}")
    String home(@PathVariable String code, Model model) {
        model.addAttribute("o", overviews.overview(code));
        model.addAttribute("code", code);
        model.addAttribute("currentPath", "/communes/" + code);
        return "commune/home";
    }
}
