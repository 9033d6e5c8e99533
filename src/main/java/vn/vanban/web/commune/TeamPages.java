package vn.vanban.web.commune;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vanban.roster.InvalidRosterException;
import vn.vanban.roster.Membership;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.StaleRosterException;
import vn.vanban.roster.Team;
import vn.vanban.roster.Village;
import vn.vanban.roster.form.ListedSeats;

/**
 * A team and its members: add a team (for a village, from the home page's finding), edit its fields,
 * add, edit and remove its seats. Every form carries the roster version it was read at; a save over a
 * newer version shows what changed and keeps what was typed.
 */
@Controller
class TeamPages {

    static final String ADDED_STALE = "Người khác đã lưu thay đổi từ lúc bạn mở trang, nên chưa lưu gì. "
            + "Những gì bạn nhập vẫn còn bên dưới; hãy xem lại danh sách mới nhất rồi bấm lưu lại.";

    private final RosterService rosters;
    private final CommuneOverviews overviews;

    TeamPages(RosterService rosters, CommuneOverviews overviews) {
        this.rosters = rosters;
        this.overviews = overviews;
    }

    @GetMapping("/communes/{code}/teams/new")
    String newTeam(@PathVariable String code, @RequestParam(required = false) String village,
                   @RequestParam(required = false) String level, Model model) {
        Roster roster = rosters.get(code);
        overviews.requireWrite(code);
        boolean communeTeam = "commune".equals(level);
        String name = communeTeam ? "Tổ công nghệ số cộng đồng " + lowerKind(overviews.commune(code).fullName()) : null;
        if (village != null) {
            Village v = roster.village(village);
            name = "Tổ công nghệ số cộng đồng " + lowerKind(CommuneOverviews.villageLabel(v));
        }
        model.addAttribute("form", new TeamForm(roster.version(), communeTeam ? "commune" : "village", village, name,
                null, null, null));
        return newPage(code, roster, model);
    }

    @PostMapping("/communes/{code}/teams")
    String addTeam(@PathVariable String code, @ModelAttribute("form") TeamForm form, Model model, RedirectAttributes flash) {
        try {
            Team added = rosters.addTeam(code, form.version(), form.toNewTeam()).value();
            flash.addFlashAttribute("flashOk", "Đã thêm " + added.name() + ". Hãy thêm Tổ trưởng, Tổ phó và các thành viên.");
            return "redirect:/communes/" + code + "/teams/" + added.key();
        } catch (InvalidRosterException e) {
            model.addAttribute("errors", FieldErrors.of(e.problems(), TeamForm.INPUTS));
        } catch (StaleRosterException e) {
            model.addAttribute("flashError", ADDED_STALE);
            model.addAttribute("form", form.withVersion(e.currentVersion()));
        }
        return newPage(code, rosters.get(code), model);
    }

    @GetMapping("/communes/{code}/teams/{team}")
    String team(@PathVariable String code, @PathVariable("team") String key, Model model) {
        Roster roster = rosters.get(code);
        Team team = roster.team(key);
        model.addAttribute("form", TeamForm.of(roster.version(), team));
        model.addAttribute("member", MemberForm.empty(roster.version()));
        return teamPage(code, roster, team, model);
    }

    @PostMapping("/communes/{code}/teams/{team}")
    String editTeam(@PathVariable String code, @PathVariable("team") String key, @ModelAttribute("form") TeamForm form, Model model,
                    RedirectAttributes flash) {
        try {
            rosters.modify(code, form.version(), r -> r.replaceTeam(form.applyTo(r.team(key))));
            flash.addFlashAttribute("flashOk", "Đã lưu thông tin tổ.");
            return "redirect:/communes/" + code + "/teams/" + key;
        } catch (InvalidRosterException e) {
            model.addAttribute("errors", FieldErrors.of(e.problems(), TeamForm.INPUTS));
        } catch (StaleRosterException e) {
            Roster now = rosters.get(code);
            model.addAttribute("conflict", Conflict.between(TeamForm.of(now.version(), now.team(key)).fields(), form.fields(),
                    now.version()));
            model.addAttribute("form", form.withVersion(now.version()));
        }
        model.addAttribute("teamFormOpen", true);
        Roster roster = rosters.get(code);
        model.addAttribute("member", MemberForm.empty(roster.version()));
        return teamPage(code, roster, roster.team(key), model);
    }

    @PostMapping("/communes/{code}/teams/{team}/delete")
    String deleteTeam(@PathVariable String code, @PathVariable("team") String key, @RequestParam(required = false) Long version,
                      RedirectAttributes flash) {
        try {
            rosters.removeTeam(code, version, key);
            flash.addFlashAttribute("flashOk", "Đã xóa tổ.");
            return "redirect:/communes/" + code;
        } catch (StaleRosterException e) {
            flash.addFlashAttribute("flashError", "Người khác đã lưu thay đổi từ lúc bạn mở trang, nên tổ chưa bị xóa. "
                    + "Hãy xem lại tổ dưới đây rồi xóa lại nếu vẫn cần.");
        } catch (InvalidRosterException e) {
            flash.addFlashAttribute("flashError", "Chưa xóa được tổ: "
                    + String.join("; ", e.problems().stream().map(p -> p.message()).toList()));
        }
        return "redirect:/communes/" + code + "/teams/" + key;
    }

    @PostMapping("/communes/{code}/teams/{team}/members")
    String addMember(@PathVariable String code, @PathVariable("team") String key, @ModelAttribute("member") MemberForm member,
                     Model model, RedirectAttributes flash) {
        try {
            Membership added = rosters.addMember(code, member.version(), key, member.toMembership(null)).value();
            flash.addFlashAttribute("flashOk", "Đã thêm " + ListedSeats.name(added) + " (" + Labels.role(added.role()) + ").");
            return "redirect:/communes/" + code + "/teams/" + key + "#thanh-vien";
        } catch (InvalidRosterException e) {
            model.addAttribute("memberErrors", FieldErrors.of(e.problems(), MemberForm.INPUTS));
        } catch (StaleRosterException e) {
            model.addAttribute("flashError", ADDED_STALE);
            model.addAttribute("member", member.withVersion(e.currentVersion()));
        }
        Roster roster = rosters.get(code);
        Team team = roster.team(key);
        model.addAttribute("form", TeamForm.of(roster.version(), team));
        return teamPage(code, roster, team, model);
    }

    @GetMapping("/communes/{code}/teams/{team}/members/{member}")
    String member(@PathVariable String code, @PathVariable("team") String key, @PathVariable("member") String memberKey, Model model) {
        Roster roster = rosters.get(code);
        model.addAttribute("member", MemberForm.of(roster.version(), roster.member(key, memberKey)));
        return memberPage(code, roster, key, memberKey, model);
    }

    @PostMapping("/communes/{code}/teams/{team}/members/{member}")
    String editMember(@PathVariable String code, @PathVariable("team") String key, @PathVariable("member") String memberKey,
                      @ModelAttribute("member") MemberForm member, Model model, RedirectAttributes flash) {
        try {
            rosters.replaceMember(code, member.version(), key, member.toMembership(memberKey));
            flash.addFlashAttribute("flashOk", "Đã lưu thành viên.");
            return "redirect:/communes/" + code + "/teams/" + key;
        } catch (InvalidRosterException e) {
            model.addAttribute("memberErrors", FieldErrors.of(e.problems(), MemberForm.INPUTS));
        } catch (StaleRosterException e) {
            RosterPart<Membership> now = rosters.member(code, key, memberKey);
            model.addAttribute("conflict", Conflict.between(MemberForm.of(now.version(), now.value()).fields(), member.fields(),
                    now.version()));
            model.addAttribute("member", member.withVersion(now.version()));
        }
        return memberPage(code, rosters.get(code), key, memberKey, model);
    }

    @PostMapping("/communes/{code}/teams/{team}/members/{member}/delete")
    String deleteMember(@PathVariable String code, @PathVariable("team") String key, @PathVariable("member") String memberKey,
                        @RequestParam(required = false) Long version, RedirectAttributes flash) {
        try {
            rosters.removeMember(code, version, key, memberKey);
            flash.addFlashAttribute("flashOk", "Đã xóa thành viên khỏi tổ.");
        } catch (StaleRosterException e) {
            flash.addFlashAttribute("flashError", "Người khác đã lưu thay đổi từ lúc bạn mở trang, nên thành viên chưa bị xóa. "
                    + "Hãy xem lại danh sách mới nhất dưới đây rồi xóa lại nếu vẫn cần.");
        }
        return "redirect:/communes/" + code + "/teams/" + key;
    }

    private String newPage(String code, Roster roster, Model model) {
        common(code, model, "/communes/" + code + "/teams/new");
        model.addAttribute("roster", roster);
        model.addAttribute("villageOptions", villageOptions(roster));
        return "commune/team-new";
    }

    private String teamPage(String code, Roster roster, Team team, Model model) {
        common(code, model, "/communes/" + code + "/teams/" + team.key());
        model.addAttribute("roster", roster);
        model.addAttribute("team", team);
        model.addAttribute("villageOptions", villageOptions(roster));
        model.addAttribute("badge", Labels.status(team.status()));
        model.addAttribute("seats", ListedSeats.inListOrder(team.members()));
        model.addAttribute("village", team.villageKey() == null ? null
                : roster.villages().stream().filter(v -> v.key().equals(team.villageKey())).findFirst()
                        .map(CommuneOverviews::villageLabel).orElse(null));
        if (!model.containsAttribute("memberErrors")) {
            model.addAttribute("memberErrors", FieldErrors.NONE);
        }
        return "commune/team";
    }

    private String memberPage(String code, Roster roster, String key, String memberKey, Model model) {
        Team team = roster.team(key);
        common(code, model, "/communes/" + code + "/teams/" + key + "/members/" + memberKey);
        model.addAttribute("team", team);
        model.addAttribute("memberKey", memberKey);
        if (!model.containsAttribute("memberErrors")) {
            model.addAttribute("memberErrors", FieldErrors.NONE);
        }
        return "commune/member";
    }

    private void common(String code, Model model, String path) {
        model.addAttribute("code", code);
        model.addAttribute("commune", overviews.commune(code));
        model.addAttribute("canWrite", overviews.canWrite(code));
        model.addAttribute("roles", Labels.roles());
        model.addAttribute("currentPath", path);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FieldErrors.NONE);
        }
    }

    private static java.util.Map<String, String> villageOptions(Roster roster) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("", "— Không thuộc thôn nào (tổ cấp xã) —");
        roster.villages().forEach(v -> options.put(v.key(), CommuneOverviews.villageLabel(v)));
        return options;
    }

    /** "Thôn 1" → "thôn 1" inside a team's name, as the decisions write it. */
    private static String lowerKind(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
