package vn.vanban.web.decisions;

import java.util.Map;
import vn.vanban.decisions.Decision;

/** How the pages name the kinds of decision: the choices of the form, and the kind of a decision made. */
public final class DecisionLabels {

    /** The form's choices: a title and what it makes. */
    public record KindLabel(String title, String explanation) {
    }

    static final Map<String, KindLabel> CHOICES = Map.of(
            "commune-team", new KindLabel("Thành lập Tổ cấp xã",
                    "Một quyết định thành lập Tổ công nghệ số cộng đồng cấp xã."),
            "village-teams", new KindLabel("Thành lập các tổ ở thôn, tổ dân phố",
                    "Một quyết định chung thành lập các tổ được chọn."),
            "each-team", new KindLabel("Thành lập từng tổ",
                    "Mỗi tổ được chọn một quyết định riêng, mang trích yếu theo tên tổ."),
            "reconstitute", new KindLabel("Kiện toàn",
                    "Khi thành viên thay đổi: quyết định mới thay thế quyết định đang có hiệu lực và gồm mọi tổ của quyết định đó."),
            "dissolve", new KindLabel("Giải thể",
                    "Khi thôn, tổ dân phố đã sáp nhập vào thôn khác hoặc không còn: giải thể tổ của thôn đó và chấm dứt hiệu lực quyết định thành lập tổ."));

    private DecisionLabels() {
    }

    /** "Kiện toàn" for a decision that replaces another, else what it founds. */
    static String of(Decision d) {
        if (d.kind() == vn.vanban.decisions.DecisionKind.DISSOLUTION) {
            return "Giải thể";
        }
        if (d.replaces() != null) {
            return "Kiện toàn";
        }
        return switch (d.kind()) {
            case COMMUNE_TEAM -> "Thành lập Tổ cấp xã";
            case VILLAGE_TEAMS -> "Thành lập các tổ thôn, tổ dân phố";
            case TEAM -> "Thành lập một tổ";
            case DISSOLUTION -> "Giải thể";
        };
    }
}
