package vn.vanban.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import vn.vanban.security.Accounts;
import vn.vanban.security.Caller;
import vn.vanban.security.CallerContext;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's own account: who they are to the service, and their password. */
@RestController
@RequestMapping(value = "/api/v1/account", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tài khoản của tôi")
class AccountController {

    private final Accounts accounts;
    private final CallerContext callers;
    private final RequestBodies bodies;

    AccountController(Accounts accounts, CallerContext callers, RequestBodies bodies) {
        this.accounts = accounts;
        this.callers = callers;
        this.bodies = bodies;
    }

    record Me(String username, String role, List<String> communes, String province, boolean registrar, boolean write) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    @GetMapping
    @Operation(summary = "Tài khoản đang đăng nhập và phạm vi của nó")
    Me me() {
        Caller c = callers.current();
        return new Me(c.name(), c.role().code(), c.communes().stream().sorted().toList(), c.province(), c.registrar(), c.write());
    }

    @PutMapping(value = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đổi mật khẩu của mình", description = "Cần mật khẩu hiện tại; mật khẩu mới ít nhất 10 ký tự. "
            + "Các phiên đăng nhập trên trình duyệt phải đăng nhập lại.")
    @ApiResponse(responseCode = "204", description = "Đã đổi")
    @ApiResponse(responseCode = "422", description = "Mật khẩu hiện tại sai hoặc mật khẩu mới không hợp lệ",
            content = @Content(mediaType = "application/problem+json"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PasswordChange.class)))
    ResponseEntity<Void> changePassword(HttpServletRequest request) {
        PasswordChange body = bodies.read(request, PasswordChange.class);
        accounts.changeOwnPassword(callers.current().name(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
