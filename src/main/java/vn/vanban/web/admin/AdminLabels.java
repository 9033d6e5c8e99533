package vn.vanban.web.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.vanban.security.Role;

/** The Vietnamese words of the admin pages for the codes the services keep (roles, audit actions). */
final class AdminLabels {

    /** Roles in the order the forms offer them. */
    static final Map<String, String> ROLES = new LinkedHashMap<>();

    /** Every action the trail records, in the order the filter lists them. */
    static final Map<String, String> ACTIONS = new LinkedHashMap<>();

    static {
        ROLES.put(Role.COMMUNE.code(), "Cấp xã");
        ROLES.put(Role.PROVINCE.code(), "Cấp tỉnh");
        ROLES.put(Role.ADMIN.code(), "Quản trị");

        ACTIONS.put("login", "Đăng nhập");
        ACTIONS.put("login.failed", "Đăng nhập sai");
        ACTIONS.put("login.refused", "Đăng nhập bị chặn");
        ACTIONS.put("account.create", "Tạo tài khoản");
        ACTIONS.put("account.update", "Sửa tài khoản");
        ACTIONS.put("account.password", "Tự đổi mật khẩu");
        ACTIONS.put("account.unlock", "Gỡ chặn đăng nhập");
        ACTIONS.put("account.delete", "Xóa tài khoản");
        ACTIONS.put("key.create", "Tạo khóa truy cập");
        ACTIONS.put("key.revoke", "Thu hồi khóa truy cập");
        ACTIONS.put("roster.write", "Ghi hồ sơ tổ");
        ACTIONS.put("decision.create", "Lập dự thảo quyết định");
        ACTIONS.put("decision.delete", "Xóa dự thảo quyết định");
        ACTIONS.put("decision.register", "Vào sổ quyết định");
        ACTIONS.put("export.unmasked", "Xuất số điện thoại đầy đủ");
    }

    private AdminLabels() {
    }

    static String role(Role role) {
        return role == null ? "Không rõ" : ROLES.get(role.code());
    }

    /** The Vietnamese name of an action, or its code for one added after this page. */
    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }
}
