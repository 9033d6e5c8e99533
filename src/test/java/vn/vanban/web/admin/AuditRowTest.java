package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.audit.AuditEvent;
import vn.vanban.reference.Commune;

class AuditRowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static AuditRow row(String action, String commune, String target, String detail) {
        AuditEvent e = new AuditEvent(1, Instant.parse("2025-08-05T02:00:00Z"), "test-admin", "user", "192.0.2.1", action, commune,
                commune == null ? null : "38", target, detail == null ? null : JSON.readTree(detail));
        return AuditRow.of(e, Map.of("16177", new Commune("16177", "38", "Xuân Bình", "Xã Xuân Bình", "xã")),
                Map.of("38", "Tỉnh Thanh Hóa"));
    }

    @Test
    void theDetailIsReadInWordsWithVietnameseDates() {
        AuditRow r = row("decision.register", "16177", "14", "{\"number\": \"6/QĐ-UBND\", \"date\": \"2025-07-10\"}");
        assertThat(r.details()).containsExactly(new AuditRow.Detail("Số", "6/QĐ-UBND"), new AuditRow.Detail("Ngày", "10/07/2025"));
        assertThat(r.actionLabel()).isEqualTo("Vào sổ quyết định");
        assertThat(r.place()).isEqualTo("16177 – Xã Xuân Bình");
        assertThat(r.target()).isEqualTo("Quyết định #14");
        assertThat(r.actorKind()).isEqualTo("Tài khoản");
    }

    @Test
    void flagsListsAndRolesAreWordsAndUnknownFieldsKeepTheirName() {
        AuditRow r = row("account.update", null, "canbo.moi",
                "{\"role\": \"commune\", \"communes\": [\"16177\", \"14797\"], \"write\": true, \"enabled\": false, \"later\": 3, \"province\": null}");
        assertThat(r.details()).containsExactly(new AuditRow.Detail("Vai trò", "Cấp xã"), new AuditRow.Detail("Xã", "16177, 14797"),
                new AuditRow.Detail("Được ghi", "Có"), new AuditRow.Detail("Cho phép đăng nhập", "Không"),
                new AuditRow.Detail("later", "3"), new AuditRow.Detail("Tỉnh", "—"));
        assertThat(r.target()).isEqualTo("canbo.moi");
        assertThat(r.place()).isEmpty();
        assertThat(row("key.revoke", null, "3", null).target()).isEqualTo("Khóa #3");
        assertThat(row("key.create", null, "3", "{\"scope\": \"commune:16177\"}").details())
                .containsExactly(new AuditRow.Detail("Phạm vi", "Xã 16177"));
        assertThat(row("key.create", null, "3", "{\"scope\": \"render\"}").details())
                .containsExactly(new AuditRow.Detail("Phạm vi", "Chỉ tạo văn bản từ mẫu"));
        assertThat(row("key.revoke", null, "3", null).details()).isEmpty();
        assertThat(row("some.new.action", null, null, null).actionLabel()).isEqualTo("some.new.action");
    }
}
