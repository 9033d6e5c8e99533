package vn.vanban.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban.text.VietnameseText;

/**
 * The quyền hạn and chức vụ lines of a signature block (ô 7a) as Nghị định 30 allows them, and the
 * combinations it does not allow. Every form the decree names:
 * <ul>
 *   <li>none: the head signs in their own name: "CHỦ TỊCH";</li>
 *   <li>TM.: for a collective: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";</li>
 *   <li>TM. + KT.: a deputy for the head of a collective: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" /
 *       "PHÓ CHỦ TỊCH";</li>
 *   <li>TM. + Q.: an acting head of a collective: "TM. ỦY BAN NHÂN DÂN" / "Q. CHỦ TỊCH";</li>
 *   <li>KT.: a deputy for a head: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC";</li>
 *   <li>Q.: an acting head: "Q. GIÁM ĐỐC";</li>
 *   <li>TL. and TUQ.: by order or delegation of the head: "TL. CHỦ TỊCH" / "CHÁNH VĂN PHÒNG".</li>
 * </ul>
 *
 * @param authority     the first quyền hạn, or null when the head signs in their own name
 * @param onBehalfOf    after TM. the collective; after KT., TL., TUQ. the head's title
 * @param headAuthority under TM. only: KT. (a deputy) or Q. (acting) for the collective's head
 * @param head          the head's title that {@code headAuthority} precedes ("CHỦ TỊCH")
 * @param title         the signer's own title (for Q. and a plain TM., the head's title they hold)
 */
public record SignatureForm(SigningAuthority authority, String onBehalfOf, SigningAuthority headAuthority, String head,
                            String title) {

    /** Who a document is issued by, where the document says so: the decree ties TM. to a collective. */
    public enum Issuer { COLLECTIVE, HEAD, UNSTATED }

    /** The field of the form a fault is about, named as the templates' {@code signer} data names it. */
    public record Fault(String field, String message) {
    }

    public SignatureForm {
        onBehalfOf = blankToNull(onBehalfOf);
        head = blankToNull(head);
        title = blankToNull(title);
    }

    /** From typed values; an unknown prefix is a fault of the field, not an exception. */
    public static SignatureForm of(String authority, String onBehalfOf, String headAuthority, String head, String title) {
        return new SignatureForm(SigningAuthority.of(authority).orElse(null), onBehalfOf,
                SigningAuthority.of(headAuthority).orElse(null), head, title);
    }

    /** The capital lines of ô 7a, top to bottom. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (authority == SigningAuthority.Q) {
            lines.add("Q. " + title);
        } else if (authority != null) {
            lines.add(authority.printed() + " " + onBehalfOf);
            if (headAuthority == SigningAuthority.Q) {
                lines.add("Q. " + (head != null ? head : title));
                return upper(lines);
            }
            if (headAuthority != null) {
                lines.add(headAuthority.printed() + " " + head);
            }
            lines.add(title);
        } else {
            lines.add(title);
        }
        return upper(lines);
    }

    /** What the decree does not allow in this form, for a document issued by {@code issuer}. */
    public List<Fault> faults(Issuer issuer) {
        List<Fault> faults = new ArrayList<>();
        if (title == null) {
            faults.add(new Fault("title", "Thiếu chức vụ của người ký"));
        }
        if (issuer == Issuer.COLLECTIVE && authority != SigningAuthority.TM) {
            faults.add(new Fault("authority", "Văn bản do tập thể Ủy ban nhân dân ban hành phải ký \"TM. ỦY BAN NHÂN DÂN\";"
                    + " Phó Chủ tịch ký thay thì ghi \"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\""
                    + " (headAuthority \"KT.\", head \"CHỦ TỊCH\")"));
        }
        if (issuer == Issuer.HEAD && authority == SigningAuthority.TM) {
            faults.add(new Fault("authority", "Văn bản do Chủ tịch ban hành (thẩm quyền cá nhân) không ký \"TM.\";"
                    + " Chủ tịch ký \"CHỦ TỊCH\", Phó Chủ tịch ký \"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH\""));
        }
        if (authority == null) {
            if (onBehalfOf != null) {
                faults.add(new Fault("onBehalfOf", "Ghi tập thể hoặc người đứng đầu mà người ký thay mặt chỉ khi có quyền hạn ký (TM., KT., TL., TUQ.)"));
            }
        } else if (authority == SigningAuthority.Q) {
            if (onBehalfOf != null) {
                faults.add(new Fault("onBehalfOf", "\"Q.\" đứng trước chức vụ người đứng đầu mà người ký được giao quyền,"
                        + " ghi ở chức vụ (title), ví dụ \"Q. GIÁM ĐỐC\""));
            }
        } else if (onBehalfOf == null) {
            faults.add(new Fault("onBehalfOf", authority == SigningAuthority.TM
                    ? "Sau \"TM.\" phải ghi tên tập thể, ví dụ \"ỦY BAN NHÂN DÂN\""
                    : "Sau \"" + authority.printed() + "\" phải ghi chức vụ người đứng đầu, ví dụ \"" + authority.printed() + " CHỦ TỊCH\""));
        } else if (authority != SigningAuthority.TM && same(onBehalfOf, title)) {
            faults.add(new Fault("title", "Người ký " + authority.printed() + " " + VietnameseText.upper(onBehalfOf)
                    + " ghi chức vụ của chính mình, không lặp lại chức vụ người đứng đầu"));
        }
        headFaults(faults);
        return faults;
    }

    private void headFaults(List<Fault> faults) {
        if (headAuthority == null) {
            if (head != null) {
                faults.add(new Fault("head", "Chức vụ người đứng đầu (head) chỉ ghi cùng quyền hạn \"KT.\" hoặc \"Q.\" (headAuthority)"));
            }
            return;
        }
        if (authority != SigningAuthority.TM) {
            faults.add(new Fault("headAuthority", "Dòng \"" + headAuthority.printed() + " …\" dưới dòng quyền hạn chỉ có sau \"TM.\" (ký thay mặt tập thể)"));
        } else if (headAuthority != SigningAuthority.KT && headAuthority != SigningAuthority.Q) {
            faults.add(new Fault("headAuthority", "Dưới \"TM.\" chỉ ghi \"KT.\" (cấp phó ký thay) hoặc \"Q.\" (quyền người đứng đầu), không ghi \""
                    + headAuthority.printed() + "\""));
        }
        if (head == null && headAuthority == SigningAuthority.KT) {
            faults.add(new Fault("head", "Sau \"KT.\" phải ghi chức vụ người đứng đầu, ví dụ \"KT. CHỦ TỊCH\""));
        }
        if (headAuthority == SigningAuthority.KT && head != null && same(head, title)) {
            faults.add(new Fault("title", "Cấp phó ký thay ghi chức vụ của mình (ví dụ \"PHÓ CHỦ TỊCH\"), không lặp lại \""
                    + VietnameseText.upper(head) + "\""));
        }
    }

    /** The first fault as one sentence, for a document whose data cannot be pointed at. */
    public Optional<String> firstFault(Issuer issuer) {
        return faults(issuer).stream().findFirst().map(f -> f.field() + ": " + f.message());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && VietnameseText.upper(VietnameseText.squeeze(a)).equals(VietnameseText.upper(VietnameseText.squeeze(b)));
    }

    private static List<String> upper(List<String> lines) {
        return lines.stream().map(VietnameseText::upper).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
