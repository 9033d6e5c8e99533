package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban.reference.Commune;
import vn.vanban.security.Account;
import vn.vanban.security.Role;
import vn.vanban.text.Folding;

class AccountRowTest {

    private static final Instant T = Instant.parse("2025-08-01T00:00:00Z");
    private static final Map<String, Commune> COMMUNES = Map.of("16177", new Commune("16177", "38", "Xuân Bình", "Xã Xuân Bình", "xã"),
            "14797", new Commune("14797", "38", "Hạc Thành", "Phường Hạc Thành", "phường"));
    private static final Map<String, String> PROVINCES = Map.of("38", "Tỉnh Thanh Hóa");

    private static AccountRow row(Role role, List<String> communes, String province) {
        Account a = new Account(1, "canbo.16177", "{noop}x", role, communes, province, false, true, true, T, T, T);
        return AccountRow.of(a, COMMUNES, PROVINCES, null);
    }

    @Test
    void theScopeNamesEachPlaceAndSaysWhenACodeIsUnknown() {
        assertThat(row(Role.COMMUNE, List.of("14797", "99999"), null).scope())
                .containsExactly("14797 – Phường Hạc Thành", "99999 – (không có trong danh mục)");
        assertThat(row(Role.PROVINCE, List.of(), "38").scope()).containsExactly("38 – Tỉnh Thanh Hóa");
        assertThat(row(Role.ADMIN, List.of(), null).scope()).containsExactly("Toàn hệ thống");
        assertThat(row(Role.PROVINCE, List.of(), "38").roleLabel()).isEqualTo("Cấp tỉnh");
    }

    @Test
    void aSearchMatchesEveryWordWithoutCaseOrDiacritics() {
        AccountRow r = row(Role.COMMUNE, List.of("16177"), null);
        assertThat(r.matches("xuan binh")).isTrue();
        assertThat(r.matches("  XUÂN   bình ")).isTrue();
        assertThat(r.matches("16177")).isTrue();
        assertThat(r.matches("canbo")).isTrue();
        assertThat(r.matches("")).isTrue();
        assertThat(r.matches(null)).isTrue();
        assertThat(r.matches("xuan thanh")).isFalse();
        assertThat(Folding.ascii("Đồng Tháp")).isEqualTo("dong thap");
    }
}
