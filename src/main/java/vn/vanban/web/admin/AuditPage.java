package vn.vanban.web.admin;

import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vanban.audit.AuditTrail;

/** The audit trail, newest first, filtered and paged; the admin reads all of it (the URL rule lets only admins in). */
@Controller
class AuditPage {

    private final AuditTrail trail;
    private final AdminViews views;

    AuditPage(AuditTrail trail, AdminViews views) {
        this.trail = trail;
        this.views = views;
    }

    @GetMapping("/admin/audit")
    String audit(AuditFilter filter, Model model) {
        Map<String, String> errors = filter.errors();
        AuditTrail.Page page = trail.find(filter.query());
        model.addAttribute("filter", filter);
        model.addAttribute("fromValue", filter.fromValue());
        model.addAttribute("toValue", filter.toValue());
        model.addAttribute("errors", errors);
        model.addAttribute("events", views.events(page.events()));
        model.addAttribute("total", page.total());
        model.addAttribute("pageNumber", filter.pageNumber());
        model.addAttribute("pageCount", Math.max(1, (page.total() + AuditFilter.PAGE_SIZE - 1) / AuditFilter.PAGE_SIZE));
        model.addAttribute("pager", filter.pager(page.total()));
        model.addAttribute("actions", AdminLabels.ACTIONS);
        model.addAttribute("provinces", views.places().provinces());
        model.addAttribute("filtered", filter.query().commune() != null || filter.query().province() != null
                || filter.query().actor() != null || filter.query().action() != null || filter.query().from() != null
                || filter.query().to() != null);
        model.addAttribute("currentPath", "/admin/audit");
        return "admin/audit";
    }
}
