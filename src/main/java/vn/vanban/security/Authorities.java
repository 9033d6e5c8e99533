package vn.vanban.security;

import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authorities the URL rules look at. The scope itself (which commune, which province) is decided in
 * the services through {@link AccessPolicy}; the URL rules only keep render keys on the template routes
 * and people's account routes to people.
 */
final class Authorities {

    /** Any caller that may use the API beyond the template routes. */
    static final String API = "API";
    /** A person (not a key). */
    static final String PERSON = "PERSON";
    static final String ADMIN = "ROLE_ADMIN";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Caller caller) {
        if (caller.renderOnly()) {
            return List.of(new SimpleGrantedAuthority("KEY_RENDER"));
        }
        if (caller.kind() == Caller.Kind.KEY) {
            return List.of(new SimpleGrantedAuthority(API), new SimpleGrantedAuthority("KEY_SCOPED"));
        }
        return List.of(new SimpleGrantedAuthority(API), new SimpleGrantedAuthority(PERSON),
                new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
    }
}
