package vn.vanban.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** "/" opens the page each kind of account starts from. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(@ModelAttribute("me") Viewer me) {
        return "redirect:" + me.home();
    }
}
