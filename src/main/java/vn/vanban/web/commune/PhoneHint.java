package vn.vanban.web.commune;

import vn.vanban.text.PhoneNumbers;

/**
 * What the member form says of a phone number while it is typed, by the same rules as the store and the
 * checks: a masked number is kept as typed, a valid Vietnamese number is shown as it will be read, any
 * other number is saved but flagged (the checks warn about it too).
 *
 * @param valid   false when the number is not a valid Vietnamese number
 * @param message what to show under the input; empty for a blank input
 */
public record PhoneHint(boolean valid, String message) {

    public static PhoneHint of(String phone) {
        if (phone == null || phone.isBlank()) {
            return new PhoneHint(true, "");
        }
        String typed = phone.strip();
        if (PhoneNumbers.isMasked(typed)) {
            return new PhoneHint(true, "Số đã che bớt chữ số: được lưu đúng như đã nhập.");
        }
        String e164 = PhoneNumbers.e164(typed);
        if (e164 == null) {
            return new PhoneHint(false, "Số điện thoại " + typed + " không phải số Việt Nam hợp lệ "
                    + "(ví dụ đúng: 0912 345 678). Vẫn lưu được, nhưng danh sách sẽ bị cảnh báo.");
        }
        return new PhoneHint(true, "Số hợp lệ: " + e164);
    }
}
