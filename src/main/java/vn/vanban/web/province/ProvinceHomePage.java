package vn.vanban.web.province;

import vn.vanban.web.TypedDates;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.vanban.province.CommuneQuery;
import vn.vanban.province.CommuneState;
import vn.vanban.province.ProvinceCommunes;
import vn.vanban.province.ProvinceFigures;
import vn.vanban.web.WebFormats;

/**
 * The province's home: its figures as of a date, and the table of its communes with where each stands.
 * The same address answers the whole page, or, to an htmx request of its filter form, only the table's
 * rows with the figures and headings swapped out of band, so that filtering, sorting and searching work
 * with and without JavaScript and the address bar always holds a link to what is shown.
 */
@Controller
class ProvinceHomePage {

    private final ProvinceFigures figures;
    private final ProvinceCommunes communes;

    ProvinceHomePage(ProvinceFigures figures, ProvinceCommunes communes) {
        this.figures = figures;
        this.communes = communes;
    }

    @GetMapping("/provinces/{code}")
    String home(@PathVariable String code, CommuneTableRequest request,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
                HttpServletResponse response, Model model) {
        LocalDate asOf = request.date(LocalDate.now(WebFormats.VIETNAM));
        model.addAttribute("summary", figures.summary(code, asOf));
        model.addAttribute("communes", communes.list(code, asOf, request.query()));
        String base = "/provinces/" + code;
        model.addAttribute("base", base);
        model.addAttribute("request", request);
        model.addAttribute("asOfValue", TypedDates.shown(asOf));
        model.addAttribute("states", List.of(CommuneState.values()));
        model.addAttribute("sorts", List.of(CommuneQuery.Sort.values()));
        model.addAttribute("sortLinks", Arrays.stream(CommuneQuery.Sort.values())
                .collect(Collectors.toMap(Enum::name, s -> request.sortLink(base, s.name()))));
        model.addAttribute("currentPath", base);
        // The rows alone are a different answer at the same address: caches must keep them apart.
        response.setHeader("Vary", "HX-Request");
        return htmx != null && restore == null ? "province/rows" : "province/home";
    }
}
