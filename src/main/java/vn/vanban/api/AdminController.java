package vn.vanban.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import vn.vanban.security.Account;
import vn.vanban.security.Accounts;
import vn.vanban.security.ApiKey;
import vn.vanban.security.ApiKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts and keys, for administrators (the URL rules keep everyone else out). */
@RestController
@RequestMapping(value = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quản trị", description = "Tài khoản và khóa truy cập; chỉ tài khoản quản trị (admin)")
class AdminController {

    private final Accounts accounts;
    private final RequestBodies bodies;

    AdminController(Accounts accounts, RequestBodies bodies) {
        this.accounts = accounts;
        this.bodies = bodies;
    }

    /** A new account: role commune (communes), province (province, write) or admin. */
    record NewUser(String username, String password, String role, List<String> communes, String province,
                   Boolean registrar, Boolean write) {
    }

    /** A change: only the fields sent change; {@code password} resets it, {@code enabled=false} disables. */
    record UserChange(String role, List<String> communes, String province, Boolean registrar, Boolean write,
                      Boolean enabled, String password) {
    }

    record UserView(String username, String role, List<String> communes, String province, boolean registrar,
                    boolean write, boolean enabled, Instant passwordChangedAt, Instant createdAt, Instant updatedAt) {
        static UserView of(Account a) {
            return new UserView(a.username(), a.role().code(), a.communes(), a.province(), a.registrar(), a.write(),
                    a.enabled(), a.passwordChangedAt(), a.createdAt(), a.updatedAt());
        }
    }

    /** @param expiresAt none: the key does not expire */
    record NewKey(String name, String scope, Boolean write, Instant expiresAt) {
    }

    record KeyView(long id, String name, String prefix, String scope, boolean write, String createdBy, Instant createdAt,
                   Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.id(), k.name(), k.prefix(), k.scope(), k.write(), k.createdBy(), k.createdAt(),
                    k.expiresAt(), k.revokedAt(), k.lastUsedAt());
        }
    }

    /** @param secret the key to send as {@code Authorization: Bearer …}; shown this once, never again */
    record CreatedKey(KeyView key, String secret) {
    }

    @PostMapping(value = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tạo tài khoản", description = "role: commune (communes: các mã xã; registrar: được vào sổ), province "
            + "(province: mã tỉnh; write: được lập công văn tổng hợp và đợt văn bản) hoặc admin. Mật khẩu ít nhất 10 ký tự.")
    @ApiResponse(responseCode = "201", description = "Đã tạo")
    @ApiResponse(responseCode = "422", description = "Sai tên, vai trò, phạm vi hoặc mật khẩu quá ngắn",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewUser.class)))
    ResponseEntity<UserView> createUser(HttpServletRequest request) {
        NewUser body = bodies.read(request, NewUser.class);
        Account a = accounts.create(body.username(), body.password(), new Accounts.Spec(body.role(), body.communes(),
                body.province(), body.registrar(), body.write(), true));
        return ResponseEntity.created(URI.create("/api/v1/admin/users/" + a.username())).body(UserView.of(a));
    }

    @GetMapping("/users")
    @Operation(summary = "Các tài khoản")
    List<UserView> users() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @PatchMapping(value = "/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "Tài khoản sau khi sửa")
    @Operation(summary = "Sửa tài khoản", description = "Chỉ các trường gửi lên được đổi: phạm vi, quyền, enabled=false để khóa, "
            + "password để đặt lại mật khẩu (các phiên đăng nhập cũ hết hiệu lực).")
    @ApiResponse(responseCode = "404", description = "Không có tài khoản này", content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = UserChange.class)))
    UserView changeUser(@PathVariable String username, HttpServletRequest request) {
        UserChange body = bodies.read(request, UserChange.class);
        return UserView.of(accounts.change(username, new Accounts.Spec(body.role(), body.communes(), body.province(),
                body.registrar(), body.write(), body.enabled()), body.password()));
    }

    @DeleteMapping("/users/{username}")
    @Operation(summary = "Xóa tài khoản")
    @ApiResponse(responseCode = "204", description = "Đã xóa")
    ResponseEntity<Void> deleteUser(@PathVariable String username) {
        accounts.delete(username);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/keys", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Tạo khóa truy cập cho hệ thống khác", description = "scope: render (chỉ các địa chỉ /api/v1/templates), "
            + "commune:<mã xã> hoặc province:<mã tỉnh>; chỉ đọc trừ khi write=true; expiresAt tùy chọn. Khóa (secret) chỉ hiện một lần.")
    @ApiResponse(responseCode = "201", description = "Khóa mới, kèm secret")
    @ApiResponse(responseCode = "422", description = "Sai tên, phạm vi hoặc thời hạn", content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewKey.class)))
    ResponseEntity<CreatedKey> createKey(HttpServletRequest request) {
        NewKey body = bodies.read(request, NewKey.class);
        ApiKeys.Created created = accounts.issueKey(body.name(), body.scope(), Boolean.TRUE.equals(body.write()), body.expiresAt());
        return ResponseEntity.created(URI.create("/api/v1/admin/keys/" + created.key().id()))
                .body(new CreatedKey(KeyView.of(created.key()), created.secret()));
    }

    @GetMapping("/keys")
    @Operation(summary = "Các khóa truy cập", description = "Tiền tố, phạm vi, lần dùng gần nhất; không bao giờ có secret.")
    List<KeyView> keys() {
        return accounts.keys().stream().map(KeyView::of).toList();
    }

    @DeleteMapping("/keys/{id}")
    @Operation(summary = "Thu hồi khóa", description = "Khóa bị thu hồi không dùng được nữa; dòng của nó ở lại trong danh sách.")
    @ApiResponse(responseCode = "204", description = "Đã thu hồi")
    ResponseEntity<Void> revokeKey(@PathVariable long id) {
        accounts.revokeKey(id);
        return ResponseEntity.noContent().build();
    }
}
