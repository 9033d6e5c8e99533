package vn.vanban.web;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.security.Caller;
import vn.vanban.security.Role;

/**
 * The person looking at a page, as the layout shows them: name, what their account is for, and the
 * links of the navigation bar. The links are the only place that knows which pages each kind of account
 * starts from.
 *
 * @param home the page "/" sends them to
 */
public record Viewer(String name, String roleLabel, String home, List<Link> links) {

    public record Link(String label, String href) {
    }

    static Viewer of(Caller caller) {
        List<Link> links = new ArrayList<>();
        String label;
        if (caller.role() == Role.ADMIN) {
            label = "Quản trị";
            links.add(new Link("Tài khoản", "/admin/accounts"));
            links.add(new Link("Khóa truy cập", "/admin/keys"));
            links.add(new Link("Nhật ký", "/admin/audit"));
        } else if (caller.role() == Role.PROVINCE) {
            label = "Cán bộ cấp tỉnh";
            String p = "/provinces/" + caller.province();
            links.add(new Link("Tổng quan", p));
            links.add(new Link("Danh sách thành viên", p + "/member-list"));
            links.add(new Link("Báo cáo tổng hợp", p + "/summary-letter"));
            links.add(new Link("Xử lý hàng loạt", p + "/batches"));
        } else {
            label = caller.registrar() ? "Văn thư cấp xã" : "Cán bộ cấp xã";
            for (String code : caller.communes().stream().sorted().toList()) {
                String c = "/communes/" + code;
                String suffix = caller.communes().size() > 1 ? " " + code : "";
                links.add(new Link("Trang chính" + suffix, c));
                links.add(new Link("Quyết định mới" + suffix, c + "/decisions/new"));
                links.add(new Link("Sổ văn bản đi" + suffix, c + "/register"));
            }
        }
        return new Viewer(caller.name(), label, links.isEmpty() ? "/login" : links.get(0).href(), List.copyOf(links));
    }
}
