package vn.vanban.web.commune;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The phone input of the member form, checked as it is typed (htmx): the message under the input. */
@Controller
class PhoneCheck {

    private final CommuneOverviews overviews;

    PhoneCheck(CommuneOverviews overviews) {
        this.overviews = overviews;
    }

    @PostMapping("/communes/{code}/phone-check")
    String check(@PathVariable String code, @RequestParam(required = false) String phone, Model model) {
        overviews.requireWrite(code);
        model.addAttribute("hint", PhoneHint.of(phone));
        return "commune/phone-hint";
    }
}
