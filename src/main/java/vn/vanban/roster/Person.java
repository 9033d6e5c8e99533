package vn.vanban.roster;

/**
 * The person in a seat. Names and phones are personal data: lists can print phones masked.
 *
 * @param fullName    as written ("Nguyễn Văn Tâm")
 * @param gender      drives Ông/Bà; null prints "Ông/Bà"
 * @param phone       as typed
 * @param phoneE164   normalised ("+84918234567"), null when the number is masked or not a valid VN number
 * @param phoneMasked true when the number was typed masked ("0914994***")
 * @param zalo        the number has a Zalo account
 * @param note        free text (the 2025 list's Ghi chú)
 */
public record Person(String fullName, Gender gender, String phone, String phoneE164, boolean phoneMasked,
                     boolean zalo, String note) {
}
