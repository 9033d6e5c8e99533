package vn.vanban.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.vanban.audit.AuditEvent;
import vn.vanban.reference.Commune;
import vn.vanban.security.Account;
import vn.vanban.security.Accounts;
import vn.vanban.security.ApiKey;

/**
 * The rows of the admin tables, each table read with a fixed number of queries whatever its length:
 * the accounts (or keys, or events), the lockouts, and the names of every place they name at once.
 */
@Component
class AdminViews {

    private final Accounts accounts;
    private final Places places;
    private final Clock clock;

    AdminViews(Accounts accounts, Places places, Clock clock) {
        this.accounts = accounts;
        this.places = places;
        this.clock = clock;
    }

    /** The accounts of a role (all when blank) that answer a search. */
    List<AccountRow> accounts(String role, String search) {
        List<Account> all = accounts.list();
        Map<String, Instant> locks = accounts.lockouts();
        Map<String, Commune> communes = places.communes(all.stream().flatMap(a -> a.communes().stream()).toList());
        Map<String, String> provinces = places.provinceNames();
        return all.stream()
                .filter(a -> role == null || role.isBlank() || a.role().code().equals(role))
                .map(a -> AccountRow.of(a, communes, provinces, locks.get(a.username())))
                .filter(r -> r.matches(search))
                .toList();
    }

    AccountRow account(Account a) {
        return AccountRow.of(a, places.communes(a.communes()), places.provinceNames(), accounts.lockouts().get(a.username()));
    }

    /** "16177 – Xã Xuân Bình" for each code typed, or the code and that it is not in the reference data. */
    List<String> communeLines(List<String> codes) {
        Map<String, Commune> found = places.communes(codes);
        return codes.stream().map(c -> AccountRow.communeLine(c, found.get(c))).toList();
    }

    List<KeyRow> keys() {
        List<ApiKey> keys = accounts.keys();
        Map<String, Commune> communes = places.communes(keys.stream().map(KeyRow::communeOf).filter(Objects::nonNull).toList());
        Map<String, String> provinces = places.provinceNames();
        Instant now = clock.instant();
        return keys.stream().map(k -> KeyRow.of(k, communes, provinces, now)).toList();
    }

    KeyRow key(ApiKey k) {
        return KeyRow.of(k, places.communes(java.util.Collections.singletonList(KeyRow.communeOf(k))), places.provinceNames(),
                clock.instant());
    }

    List<AuditRow> events(List<AuditEvent> events) {
        List<String> codes = new ArrayList<>();
        events.forEach(e -> codes.add(e.commune()));
        Map<String, Commune> communes = places.communes(codes);
        Map<String, String> provinces = places.provinceNames();
        return events.stream().map(e -> AuditRow.of(e, communes, provinces)).toList();
    }

    Places places() {
        return places;
    }
}
