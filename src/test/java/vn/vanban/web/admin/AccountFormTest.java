package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban.security.Accounts;

class AccountFormTest {

    private static AccountForm form(String role, String communes, String province, Boolean registrar, Boolean write, Boolean enabled) {
        return new AccountForm("canbo.moi", "", role, communes, province, registrar, write, enabled);
    }

    @Test
    void communeCodesAreSplitOnCommasSemicolonsAndSpacesOnce() {
        assertThat(form("commune", " 16177, 14797;21025\n16177 ", "", null, null, null).communeCodes())
                .containsExactly("16177", "14797", "21025");
        assertThat(form("commune", "  ", "", null, null, null).communeCodes()).isEmpty();
        assertThat(form("commune", null, "", null, null, null).communeCodes()).isEmpty();
    }

    @Test
    void onlyTheFieldsOfTheChosenRoleReachTheService() {
        assertThat(form("commune", "16177", "38", true, true, true).spec())
                .isEqualTo(new Accounts.Spec("commune", List.of("16177"), null, true, true, true));
        assertThat(form("province", "16177", "38", true, null, true).spec())
                .isEqualTo(new Accounts.Spec("province", List.of(), "38", false, false, true));
        assertThat(form("admin", "16177", "38", true, true, false).spec())
                .isEqualTo(new Accounts.Spec("admin", List.of(), null, false, true, false));
    }

    @Test
    void anUncheckedBoxIsNoAndAnUnknownRoleGoesThroughForTheServiceToRefuse() {
        assertThat(form("commune", "16177", "", null, null, null).spec()).as("unticked boxes are not sent: the account is disabled")
                .isEqualTo(new Accounts.Spec("commune", List.of("16177"), null, false, false, false));
        assertThat(form("commune", "16177", "", null, null, null).newSpec())
                .as("a new account is enabled").isEqualTo(new Accounts.Spec("commune", List.of("16177"), null, false, false, true));
        assertThat(form("", "16177", "", null, null, null).spec().role()).isNull();
        assertThat(form("tinh", "", "38", null, null, null).spec().role()).isEqualTo("tinh");
    }

    @Test
    void anEmptyPasswordMeansGenerateOne() {
        assertThat(new AccountForm("a", "", "commune", "", "", null, null, null).typedPassword()).isNull();
        assertThat(new AccountForm("a", " mật khẩu ", "commune", "", "", null, null, null).typedPassword()).isEqualTo(" mật khẩu ");
    }
}
