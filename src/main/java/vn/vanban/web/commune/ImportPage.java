package vn.vanban.web.commune;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.problem.ProblemException;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.roster.spreadsheet.RosterSpreadsheets;
import vn.vanban.roster.spreadsheet.SheetFormatException;

/**
 * Import of the commune's Excel list: upload → the dry run's table of what will be added, changed and
 * removed → confirm. A bad file shows every row, column and reason and imports nothing.
 */
@Controller
class ImportPage {

    private final RosterSpreadsheets sheets;
    private final CommuneOverviews overviews;

    ImportPage(RosterSpreadsheets sheets, CommuneOverviews overviews) {
        this.sheets = sheets;
        this.overviews = overviews;
    }

    @GetMapping("/communes/{code}/import")
    String form(@PathVariable String code, Model model) {
        overviews.requireWrite(code);
        return page(code, model);
    }

    @PostMapping("/communes/{code}/import")
    String upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file, HttpSession session,
                  Model model) {
        overviews.requireWrite(code);
        if (file == null || file.isEmpty()) {
            model.addAttribute("flashError", "Hãy chọn tệp Excel (.xlsx) hoặc CSV của danh sách tổ rồi bấm “Kiểm tra tệp”.");
            return page(code, model);
        }
        byte[] bytes = bytes(file);
        try {
            RosterSpreadsheets.ImportResult dry = sheets.importSheet(code, bytes, true, null);
            model.addAttribute("result", dry);
            model.addAttribute("fileName", file.getOriginalFilename());
            if (!dry.diff().isEmpty()) {
                model.addAttribute("token", PendingImports.keep(session,
                        new PendingImports.Pending(code, bytes, file.getOriginalFilename(), dry.version())));
            }
        } catch (SheetFormatException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ProblemException e) {
            model.addAttribute("flashError", "Không đọc được tệp " + file.getOriginalFilename() + ": " + e.getMessage());
        }
        return page(code, model);
    }

    @PostMapping("/communes/{code}/import/confirm")
    String confirm(@PathVariable String code, @RequestParam(required = false) String token, HttpSession session,
                   Model model, RedirectAttributes flash) {
        overviews.requireWrite(code);
        PendingImports.Pending pending = PendingImports.take(session, token, code);
        if (pending == null) {
            flash.addFlashAttribute("flashError", "Không còn tệp chờ nhập (đã nhập rồi, hoặc phiên làm việc đã hết hạn). "
                    + "Hãy tải tệp lên lại.");
            return "redirect:/communes/" + code + "/import";
        }
        try {
            RosterSpreadsheets.ImportResult done = sheets.importSheet(code, pending.file(), false, pending.version());
            flash.addFlashAttribute("flashOk", "Đã nhập tệp " + pending.fileName() + ": thêm " + done.diff().added().size()
                    + ", sửa " + done.diff().changed().size() + ", xóa " + done.diff().removed().size() + " mục.");
            return "redirect:/communes/" + code;
        } catch (StaleRosterException e) {
            model.addAttribute("flashError", "Chưa nhập gì: danh sách của xã đã được người khác thay đổi từ lúc bạn kiểm tra tệp "
                    + pending.fileName() + ". Hãy tải tệp lên lại để xem những gì sẽ thay đổi so với bản mới nhất.");
        } catch (SheetFormatException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("fileName", pending.fileName());
        }
        return page(code, model);
    }

    private String page(String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("commune", overviews.commune(code));
        model.addAttribute("currentPath", "/communes/" + code + "/import");
        return "commune/import";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
