package vn.vanban.web.decisions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the "Cấp số" form sends: the issue date as the date input gives it (yyyy-MM-dd), the confirmation
 * that a registered decision can no longer change, and, when the register asked for it, the confirmation
 * of a date earlier than its last one.
 */
public record RegistrationForm(String date, Boolean confirm, Boolean confirmEarlierDate) {

    public RegistrationForm {
        confirm = Boolean.TRUE.equals(confirm);
        confirmEarlierDate = Boolean.TRUE.equals(confirmEarlierDate);
    }

    static RegistrationForm today(LocalDate today) {
        return new RegistrationForm(today.toString(), false, false);
    }

    /** The date typed, or null when it is missing or not a date. */
    LocalDate issueDate() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** What the form itself lacks, before the register is asked. */
    Map<String, List<String>> problems() {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        if (date == null || date.isBlank()) {
            errors.put("date", List.of("Hãy nhập ngày ban hành (ngày ký quyết định)."));
        } else if (issueDate() == null) {
            errors.put("date", List.of("Ngày ban hành không hợp lệ; hãy chọn ngày theo dạng ngày/tháng/năm."));
        }
        if (!confirm) {
            errors.put("confirm", List.of("Hãy đánh dấu ô xác nhận: sau khi cấp số, quyết định không thể sửa hoặc xóa."));
        }
        return errors;
    }
}
