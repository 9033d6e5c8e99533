package vn.vanban.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanban.document.SignatureForm.Fault;
import vn.vanban.document.SignatureForm.Issuer;

/** Every quyền hạn of Nghị định 30, and the combinations it does not allow. */
class SignatureFormTest {

    private static SignatureForm form(String authority, String onBehalfOf, String headAuthority, String head, String title) {
        return SignatureForm.of(authority, onBehalfOf, headAuthority, head, title);
    }

    @Test
    void everyFormOfTheDecreePrintsItsLines() {
        assertThat(form(null, null, null, null, "Chủ tịch").lines()).containsExactly("CHỦ TỊCH");
        assertThat(form("TM.", "Ủy ban nhân dân", null, null, "Chủ tịch").lines())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(form("TM.", "Ủy ban nhân dân", "KT.", "Chủ tịch", "Phó Chủ tịch").lines())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(form("TM.", "Ủy ban nhân dân", "Q.", "Chủ tịch", "Chủ tịch").lines())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH");
        assertThat(form("KT.", "Giám đốc", null, null, "Phó Giám đốc").lines()).containsExactly("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC");
        assertThat(form("Q.", null, null, null, "Giám đốc").lines()).containsExactly("Q. GIÁM ĐỐC");
        assertThat(form("TL.", "Chủ tịch", null, null, "Chánh Văn phòng").lines()).containsExactly("TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG");
        assertThat(form("TUQ.", "Chủ tịch", null, null, "Giám đốc Sở Khoa học và Công nghệ").lines())
                .containsExactly("TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    }

    @Test
    void theAllowedFormsHaveNoFault() {
        assertThat(form("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH").faults(Issuer.COLLECTIVE)).isEmpty();
        assertThat(form("TM.", "ỦY BAN NHÂN DÂN", null, null, "CHỦ TỊCH").faults(Issuer.COLLECTIVE)).isEmpty();
        assertThat(form("KT.", "CHỦ TỊCH", null, null, "PHÓ CHỦ TỊCH").faults(Issuer.HEAD)).isEmpty();
        assertThat(form(null, null, null, null, "CHỦ TỊCH").faults(Issuer.HEAD)).isEmpty();
        assertThat(form("TL.", "GIÁM ĐỐC", null, null, "CHÁNH VĂN PHÒNG").faults(Issuer.UNSTATED)).isEmpty();
    }

    @Test
    void aCommitteeDecisionSignedForTheChairWithoutTmIsRefused() {
        assertThat(form("KT.", "CHỦ TỊCH", null, null, "PHÓ CHỦ TỊCH").faults(Issuer.COLLECTIVE))
                .extracting(Fault::field).containsExactly("authority");
        assertThat(form(null, null, null, null, "CHỦ TỊCH").faults(Issuer.COLLECTIVE))
                .extracting(Fault::field).containsExactly("authority");
    }

    @Test
    void aChairsDecisionIsNotSignedOnBehalfOfTheCommittee() {
        assertThat(form("TM.", "ỦY BAN NHÂN DÂN", null, null, "CHỦ TỊCH").faults(Issuer.HEAD))
                .extracting(Fault::field).containsExactly("authority");
    }

    @Test
    void incompleteOrMixedFormsAreRefusedAtTheirField() {
        assertThat(form("KT.", null, null, null, "PHÓ GIÁM ĐỐC").faults(Issuer.UNSTATED)).extracting(Fault::field)
                .containsExactly("onBehalfOf");
        assertThat(form("KT.", "GIÁM ĐỐC", null, null, "Giám đốc").faults(Issuer.UNSTATED)).extracting(Fault::field)
                .containsExactly("title");
        assertThat(form("KT.", "GIÁM ĐỐC", "KT.", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC").faults(Issuer.UNSTATED))
                .extracting(Fault::field).containsExactly("headAuthority");
        assertThat(form("TM.", "ỦY BAN NHÂN DÂN", "TL.", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG").faults(Issuer.COLLECTIVE))
                .extracting(Fault::field).containsExactly("headAuthority");
        assertThat(form("TM.", "ỦY BAN NHÂN DÂN", "KT.", "CHỦ TỊCH", "CHỦ TỊCH").faults(Issuer.COLLECTIVE))
                .extracting(Fault::field).containsExactly("title");
        assertThat(form("Q.", "GIÁM ĐỐC", null, null, "GIÁM ĐỐC").faults(Issuer.UNSTATED)).extracting(Fault::field)
                .containsExactly("onBehalfOf");
        assertThat(form(null, null, null, "CHỦ TỊCH", "CHỦ TỊCH").faults(Issuer.UNSTATED)).extracting(Fault::field)
                .containsExactly("head");
    }
}
