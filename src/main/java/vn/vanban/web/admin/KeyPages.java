package vn.vanban.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.security.Accounts;
import vn.vanban.security.ApiKey;
import vn.vanban.security.ApiKeys;
import vn.vanban.security.InvalidAccountException;

/**
 * Keys of other systems: the table with the form of a new key, and revoking one. A new key's secret
 * goes to the next page as a flash attribute, which the session drops as soon as that page has read it:
 * it is shown once, and a reload of that page no longer has it.
 */
@Controller
class KeyPages {

    private static final String LIST = "/admin/keys";

    private final Accounts accounts;
    private final AdminViews views;

    KeyPages(Accounts accounts, AdminViews views) {
        this.accounts = accounts;
        this.views = views;
    }

    /** What the page after a new key shows once. */
    public record NewSecret(String name, String scope, String secret) implements Serializable {
    }

    @GetMapping(LIST)
    String keys(Model model) {
        return page(model, KeyForm.blank(), Map.of());
    }

    @PostMapping(LIST)
    String create(KeyForm form, Model model, RedirectAttributes redirect) {
        // The two fields the form reads itself are checked together, so that both problems show at once.
        Map<String, String> errors = new LinkedHashMap<>();
        String scope = null;
        Instant expiresAt = null;
        try {
            scope = form.scope();
        } catch (InvalidAccountException e) {
            FieldErrors.add(errors, e);
        }
        try {
            expiresAt = form.expiresAt();
        } catch (InvalidAccountException e) {
            FieldErrors.add(errors, e);
        }
        if (!errors.isEmpty()) {
            return page(model, form, errors);
        }
        ApiKeys.Created created;
        try {
            created = accounts.issueKey(form.name(), scope, Boolean.TRUE.equals(form.write()), expiresAt);
        } catch (InvalidAccountException e) {
            return page(model, form, FieldErrors.of(e));
        }
        KeyRow row = views.key(created.key());
        redirect.addFlashAttribute("newSecret", new NewSecret(row.name(), row.scope(), created.secret()));
        return "redirect:" + LIST;
    }

    @GetMapping(LIST + "/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model) {
        model.addAttribute("key", views.key(accounts.key(id)));
        model.addAttribute("currentPath", LIST);
        return "admin/key-revoke";
    }

    /** Without the confirmation field nothing is revoked: the confirmation page is shown instead. */
    @PostMapping(LIST + "/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        if (!"yes".equals(confirm)) {
            accounts.key(id);
            return "redirect:" + LIST + "/" + id + "/revoke";
        }
        ApiKey key = accounts.revokeKey(id);
        redirect.addFlashAttribute("flashOk", "Đã thu hồi khóa “" + key.name() + "” (" + key.prefix()
                + "). Hệ thống nào còn dùng khóa này sẽ bị từ chối.");
        return "redirect:" + LIST;
    }

    private String page(Model model, KeyForm form, Map<String, String> errors) {
        model.addAttribute("rows", views.keys());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("currentPath", LIST);
        return "admin/keys";
    }
}
