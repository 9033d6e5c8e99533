package vn.vanban.web.admin;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.Province;
import vn.vanban.reference.ProvinceRepository;

/**
 * The names of communes and provinces the admin pages show next to codes, read once per page for all
 * rows (one query for every commune named on it, one for the 34 provinces).
 */
@Component
class Places {

    private final CommuneRepository communes;
    private final ProvinceRepository provinces;

    Places(CommuneRepository communes, ProvinceRepository provinces) {
        this.communes = communes;
        this.provinces = provinces;
    }

    /** The communes of these codes, by code; codes not in the reference data are absent. */
    Map<String, Commune> communes(Collection<String> codes) {
        Set<String> wanted = new TreeSet<>();
        for (String c : codes) {
            if (c != null && c.matches("\\d{5}")) {
                wanted.add(c);
            }
        }
        Map<String, Commune> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            communes.findAllById(wanted).forEach(c -> found.put(c.code(), c));
        }
        return found;
    }

    List<Province> provinces() {
        return provinces.findAllByOrderByCode();
    }

    Map<String, String> provinceNames() {
        Map<String, String> names = new HashMap<>();
        provinces().forEach(p -> names.put(p.code(), p.name()));
        return names;
    }
}
