package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.vanban.security.InvalidAccountException;

class KeyFormTest {

    private static KeyForm form(String kind, String code, String expires) {
        return new KeyForm("Cổng dữ liệu", kind, code, false, expires);
    }

    @Test
    void theScopeIsMadeFromItsKindAndCode() {
        assertThat(form("commune", " 16177 ", "").scope()).isEqualTo("commune:16177");
        assertThat(form("province", "38", "").scope()).isEqualTo("province:38");
        assertThat(form("render", "16177", "").scope()).as("a code is not needed, and ignored").isEqualTo("render");
    }

    @Test
    void aCodeOfTheWrongShapeIsRefusedInWordsAboutTheCodeField() {
        assertThatThrownBy(() -> form("commune", "1617", "").scope()).isInstanceOf(InvalidAccountException.class)
                .hasMessageContaining("5 chữ số").extracting(e -> ((InvalidAccountException) e).pointer()).isEqualTo("/scope");
        assertThatThrownBy(() -> form("province", "", "").scope()).hasMessageContaining("2 chữ số");
        assertThatThrownBy(() -> form(null, "", "").scope()).extracting(e -> FieldErrors.field(((InvalidAccountException) e).pointer()))
                .isEqualTo("scopeKind");
    }

    @Test
    void aKeyWorksToTheEndOfItsLastDayInVietnam() {
        Instant end = Instant.parse("2026-12-31T17:00:00Z");
        assertThat(form("render", "", "2026-12-31").expiresAt()).isEqualTo(end);
        assertThat(form("render", "", "31/12/2026").expiresAt()).isEqualTo(end);
        assertThat(form("render", "", " ").expiresAt()).isNull();
        assertThatThrownBy(() -> form("render", "", "31/13/2026").expiresAt()).hasMessageContaining("ngày/tháng/năm")
                .extracting(e -> FieldErrors.field(((InvalidAccountException) e).pointer())).isEqualTo("expires");
    }

    @Test
    void theServicePointersLandOnTheFormFields() {
        assertThat(FieldErrors.field("/communes/1")).isEqualTo("communes");
        assertThat(FieldErrors.field("/scope")).isEqualTo("scopeCode");
        assertThat(FieldErrors.field("/expiresAt")).isEqualTo("expires");
        assertThat(FieldErrors.field("")).isEqualTo("form");
        assertThat(FieldErrors.field(null)).isEqualTo("form");
    }
}
