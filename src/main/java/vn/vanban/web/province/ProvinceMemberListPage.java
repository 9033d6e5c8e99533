package vn.vanban.web.province;

import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vanban.province.ProvinceFigures;
import vn.vanban.web.WebFormats;

/**
 * The consolidated member list: a form whose buttons fetch the API's file itself (one address per format),
 * so the list is streamed as the API streams it and an unmasked download is audited where the API audits it.
 */
@Controller
class ProvinceMemberListPage {

    private final ProvinceFigures figures;

    ProvinceMemberListPage(ProvinceFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/provinces/{code}/member-list")
    String page(@PathVariable String code, Model model) {
        model.addAttribute("summary", figures.summary(code, LocalDate.now(WebFormats.VIETNAM)));
        model.addAttribute("api", "/api/v1/provinces/" + code + "/member-list");
        model.addAttribute("currentPath", "/provinces/" + code + "/member-list");
        return "province/member-list";
    }
}
