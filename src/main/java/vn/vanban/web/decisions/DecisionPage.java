package vn.vanban.web.decisions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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
import vn.vanban.decisions.DecisionConflictException;
import vn.vanban.decisions.RegistrationRefusedException;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.web.WebFormats;

/** One decision: its pages, its files, and for a draft "Cấp số" (records clerk) and "Xóa dự thảo". */
@Controller
class DecisionPage {

    private static final WebFormats FMT = new WebFormats();

    private final DecisionPageModel page;
    private final DecisionRegister register;
    private final DecisionDrafts drafts;

    DecisionPage(DecisionPageModel page, DecisionRegister register, DecisionDrafts drafts) {
        this.page = page;
        this.register = register;
        this.drafts = drafts;
    }

    @GetMapping("/decisions/{id}")
    String show(@PathVariable long id, Model model) {
        page.fill(model, id, RegistrationForm.today(FMT.today()), Map.of(), false);
        return "decisions/decision";
    }

    /**
     * "Cấp số". Idempotent for the decision: a second request (a double click, the form sent again, two clerks
     * at once) answers the number it already has with a notice, never a second number.
     */
    @PostMapping("/decisions/{id}/registration")
    String registration(@PathVariable long id, RegistrationForm form, Model model, RedirectAttributes flash,
                        HttpServletResponse response) {
        Map<String, List<String>> problems = form.problems();
        if (!problems.isEmpty()) {
            // The right to register is checked before the form's gaps are shown to anyone.
            Decision d = register.registrable(id);
            if (!d.registered()) {
                return refused(id, form, model, response, problems, false);
            }
        }
        try {
            DecisionRegister.Registration done = register.registerOnce(id, form.issueDate(), form.confirmEarlierDate());
            Decision d = done.decision();
            String number = DocumentNumbers.numberAndSymbol(d.number(), d.symbol()) + " ngày " + FMT.date(d.issueDate());
            flash.addFlashAttribute(done.already() ? "flashError" : "flashOk", done.already()
                    ? "Quyết định này đã được cấp số " + number + " trước đó; không cấp thêm số mới."
                    : "Đã cấp số " + number + ". Tệp PDF và DOCX đã được lưu kèm mã SHA-256; từ nay quyết định không sửa, không xóa được.");
            return "redirect:/decisions/" + id;
        } catch (RegistrationRefusedException e) {
            return refused(id, form, model, response, reasons(e, form), e.reason() == RegistrationRefusedException.Reason.EARLIER_THAN_LAST);
        } catch (DecisionConflictException e) {
            // Not registered after all (the roster changed meanwhile): the clerk may simply send it again.
            return refused(id, form, model, response, FormErrors.one(FormErrors.GENERAL, e.getMessage()), false);
        }
    }

    @PostMapping("/decisions/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes flash) {
        Decision d = drafts.deletable(id);
        if (!confirm || d.registered()) {
            flash.addFlashAttribute("flashError", d.registered() ? "Quyết định đã vào sổ không xóa được."
                    : "Chưa xóa: hãy đánh dấu ô xác nhận rồi bấm “Xóa dự thảo”.");
            return "redirect:/decisions/" + id;
        }
        drafts.delete(id);
        flash.addFlashAttribute("flashOk", "Đã xóa dự thảo “" + d.subject() + "”.");
        return "redirect:/communes/" + d.communeCode();
    }

    private String refused(long id, RegistrationForm form, Model model, HttpServletResponse response,
                           Map<String, List<String>> errors, boolean askEarlierDate) {
        response.setStatus(422);
        page.fill(model, id, form, errors, askEarlierDate);
        return "decisions/decision";
    }

    /** The register's refusals in the page's words and dates (dd/MM/yyyy), next to the date they concern. */
    private static Map<String, List<String>> reasons(RegistrationRefusedException e, RegistrationForm form) {
        String asked = FMT.date(form.issueDate());
        return switch (e.reason()) {
            case FUTURE_DATE -> FormErrors.one("date", "Ngày ban hành " + asked + " chưa đến (hôm nay là " + FMT.date(FMT.today())
                    + "). Chỉ cấp số cho quyết định đã ký, theo ngày ký.");
            case EARLIER_THAN_LAST -> FormErrors.one("date", "Ngày ban hành " + asked + " sớm hơn ngày của quyết định vào sổ gần nhất ("
                    + FMT.date(e.lastDate()) + "), trong khi số được cấp theo thứ tự ban hành. Nếu đúng đây là ngày ký, hãy đánh dấu ô "
                    + "“Xác nhận ngày ban hành sớm hơn” rồi bấm “Cấp số” lại.");
            case OTHER -> FormErrors.one(FormErrors.GENERAL, FormErrors.forPeople(e.getMessage()));
        };
    }
}
