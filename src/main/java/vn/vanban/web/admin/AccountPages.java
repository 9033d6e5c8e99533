package vn.vanban.web.admin;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.security.Account;
import vn.vanban.security.Accounts;
import vn.vanban.security.InvalidAccountException;

/**
 * The accounts pages: the table, a new account, one account's scope, password, lockout and deletion.
 * Every write is one call of {@link Accounts}, as the admin API makes it; a refusal shows the form again
 * with what was typed and the reason next to its field.
 */
@Controller
class AccountPages {

    private static final String LIST = "/admin/accounts";

    private final Accounts accounts;
    private final AdminViews views;

    AccountPages(Accounts accounts, AdminViews views) {
        this.accounts = accounts;
        this.views = views;
    }

    /** The password field of the reset form, kept as typed when it is refused. */
    record PasswordForm(String password) {
    }

    @GetMapping("/admin")
    String admin() {
        return "redirect:" + LIST;
    }

    @GetMapping(LIST)
    String list(@RequestParam(required = false) String role, @RequestParam(required = false) String q, Model model) {
        model.addAttribute("rows", views.accounts(role, q));
        model.addAttribute("role", role == null ? "" : role);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("roles", AdminLabels.ROLES);
        model.addAttribute("currentPath", LIST);
        return "admin/accounts";
    }

    @GetMapping(LIST + "/new")
    String newAccount(Model model) {
        return newForm(model, AccountForm.blank(), Map.of());
    }

    @PostMapping(LIST + "/new")
    String create(AccountForm form, Model model, RedirectAttributes redirect) {
        String password = form.typedPassword() == null ? Accounts.generatePassword() : form.typedPassword();
        Account created;
        try {
            created = accounts.create(form.username(), password, form.newSpec());
        } catch (InvalidAccountException e) {
            return newForm(model, form, FieldErrors.of(e));
        }
        redirect.addFlashAttribute("flashOk", "Đã tạo tài khoản " + created.username() + ".");
        if (form.typedPassword() == null) {
            redirect.addFlashAttribute("newPassword", password);
        }
        return "redirect:" + LIST + "/" + created.username();
    }

    @GetMapping(LIST + "/{username}")
    String account(@PathVariable String username, Model model) {
        Account a = accounts.find(username);
        return accountPage(model, a, AccountForm.of(a), Map.of(), "", Map.of());
    }

    @PostMapping(LIST + "/{username}")
    String change(@PathVariable String username, AccountForm form, Model model, RedirectAttributes redirect) {
        Account a;
        try {
            a = accounts.change(username, form.spec(), null);
        } catch (InvalidAccountException e) {
            return accountPage(model, accounts.find(username), form, FieldErrors.of(e), "", Map.of());
        }
        redirect.addFlashAttribute("flashOk", "Đã lưu tài khoản " + a.username()
                + (a.enabled() ? "." : " (đang khóa, không đăng nhập được)."));
        return "redirect:" + LIST + "/" + a.username();
    }

    @PostMapping(LIST + "/{username}/password")
    String resetPassword(@PathVariable String username, PasswordForm form, Model model, RedirectAttributes redirect) {
        boolean generate = form.password() == null || form.password().isEmpty();
        String password = generate ? Accounts.generatePassword() : form.password();
        Account a;
        try {
            a = accounts.change(username, new Accounts.Spec(null, null, null, null, null, null), password);
        } catch (InvalidAccountException e) {
            Account current = accounts.find(username);
            return accountPage(model, current, AccountForm.of(current), Map.of(), form.password(), FieldErrors.of(e));
        }
        redirect.addFlashAttribute("flashOk", "Đã đặt lại mật khẩu của " + a.username()
                + ". Các phiên đăng nhập cũ của tài khoản này đã hết hiệu lực.");
        if (generate) {
            redirect.addFlashAttribute("newPassword", password);
        }
        return "redirect:" + LIST + "/" + a.username();
    }

    @PostMapping(LIST + "/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        accounts.unlock(username);
        redirect.addFlashAttribute("flashOk", "Đã gỡ chặn đăng nhập của " + username + ".");
        return "redirect:" + LIST + "/" + accounts.find(username).username();
    }

    @GetMapping(LIST + "/{username}/delete")
    String confirmDelete(@PathVariable String username, Model model) {
        model.addAttribute("account", views.account(accounts.find(username)));
        model.addAttribute("currentPath", LIST);
        return "admin/account-delete";
    }

    /** Without the confirmation field (a form posted from elsewhere, a stray request) nothing is deleted. */
    @PostMapping(LIST + "/{username}/delete")
    String delete(@PathVariable String username, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        Account a = accounts.find(username);
        if (!"yes".equals(confirm)) {
            return "redirect:" + LIST + "/" + a.username() + "/delete";
        }
        try {
            accounts.delete(a.username());
        } catch (InvalidAccountException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
            return "redirect:" + LIST + "/" + a.username();
        }
        redirect.addFlashAttribute("flashOk", "Đã xóa tài khoản " + a.username()
                + ". Nhật ký vẫn giữ các thao tác của tài khoản này.");
        return "redirect:" + LIST;
    }

    /** The names of the commune codes typed so far, under the field (htmx, as the admin types). */
    @GetMapping("/admin/communes")
    String communeNames(@RequestParam(required = false) String communes, Model model) {
        model.addAttribute("communeLines", views.communeLines(new AccountForm(null, null, null, communes, null, null, null, null)
                .communeCodes()));
        return "admin/communes";
    }

    private String newForm(Model model, AccountForm form, Map<String, String> errors) {
        formModel(model, form, errors);
        return "admin/account-new";
    }

    private String accountPage(Model model, Account a, AccountForm form, Map<String, String> errors, String password,
                               Map<String, String> passwordErrors) {
        formModel(model, form, errors);
        model.addAttribute("account", views.account(a));
        model.addAttribute("password", password);
        model.addAttribute("passwordErrors", passwordErrors);
        return "admin/account";
    }

    private void formModel(Model model, AccountForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", AdminLabels.ROLES);
        model.addAttribute("provinces", views.places().provinces());
        model.addAttribute("communeLines", views.communeLines(form.communeCodes()));
        model.addAttribute("policy", Accounts.passwordPolicy());
        model.addAttribute("currentPath", LIST);
    }
}
