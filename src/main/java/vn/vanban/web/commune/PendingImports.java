package vn.vanban.web.commune;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Uploaded files waiting for the clerk's confirmation, in their HTTP session, each under a random token
 * with the roster version its dry run was checked against: the confirm applies exactly the file that
 * was shown, and only to the roster it was shown against. A session keeps the last few only: with
 * sessions in the database (Spring Session JDBC) they are serialised into it, at most {@link #KEPT} files of
 * at most {@code vanban.limits.max-body-bytes} each, and a confirm through another instance finds them.
 */
final class PendingImports {

    /** What the dry run showed was computed from these bytes against this version. */
    record Pending(String communeCode, byte[] file, String fileName, Long version) implements Serializable {
    }

    static final int KEPT = 3;
    private static final String ATTRIBUTE = PendingImports.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PendingImports() {
    }

    static String keep(HttpSession session, Pending pending) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        synchronized (session) {
            Map<String, Pending> all = all(session);
            all.put(token, pending);
            while (all.size() > KEPT) {
                all.remove(all.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, all);
        }
        return token;
    }

    /** The pending import of this token for this commune, removed from the session: a token confirms once. */
    static Pending take(HttpSession session, String token, String communeCode) {
        if (token == null) {
            return null;
        }
        synchronized (session) {
            Map<String, Pending> all = all(session);
            Pending p = all.get(token);
            if (p == null || !p.communeCode().equals(communeCode)) {
                return null;
            }
            all.remove(token);
            session.setAttribute(ATTRIBUTE, all);
            return p;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Pending> all(HttpSession session) {
        Object o = session.getAttribute(ATTRIBUTE);
        return o instanceof Map<?, ?> m ? (Map<String, Pending>) m : new LinkedHashMap<>();
    }
}
