package vn.vanban.web.decisions;

import vn.vanban.web.TypedDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the "Cấp số" form sends: the issue date as typed (dd/MM/yyyy), the confirmation
 * that a registered decision can no longer change, and, when the register asked for it, the confirmation
 * of a date earlier than its last one.
 */
public record RegistrationForm(String date, Boolean confirm, Boolean confirmEarlierDate) {

    public RegistrationForm {
        confirm = Boolean.TRUE.equals(confirm);
        confirmEarlierDate = Boolean.TRUE.equals(confirmEarlierDate);
    }

    /** Typed as the pages write dates (30/11/2026, 1/8/2026); the ISO form (2026-11-30) of scripts and date pickers too. */

    static RegistrationForm today(LocalDate today) {
        return new RegistrationForm(TypedDates.shown(today), false, false);
    }

    /** The date typed, or null when it is missing or not a date. */
    public LocalDate issueDate() {
        return TypedDates.parse(date);
    }

    /** What the form itself lacks, before the register is asked. */
    Map<String, List<String>> problems() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (date == null || date.isBlank()) {
            errors.put("date", List.of("Hãy nhập ngày ban hành (ngày ký quyết định)."));
        } else if (issueDate() == null) {
            errors.put("date", List.of("Ngày ban hành không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/08/2026."));
        }
        if (!confirm) {
            errors.put("confirm", List.of("Hãy đánh dấu ô xác nhận: sau khi cấp số, quyết định không thể sửa hoặc xóa."));
        }
        return errors;
    }
}
