package vn.vanban.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who makes the current call and what they may reach: a person's account ({@link Kind#USER}), a key of
 * another system ({@link Kind#KEY}), nobody ({@link Kind#ANONYMOUS}, only where anonymous access is
 * open), or the service itself outside any request ({@link Kind#SYSTEM}: start-up, batch workers).
 * A key scoped {@code commune:<code>} acts as a commune account of that commune, {@code province:<code>}
 * as a province account, {@code render} reaches the stateless template routes only.
 *
 * @param role       null for anonymous and system callers and for render keys
 * @param communes   the communes of a commune account or key (5-digit codes)
 * @param province   the province of a province account or key (2-digit code)
 * @param registrar  may register decisions of its communes
 * @param write      may change what its scope covers (province: summary letters and batches)
 * @param renderOnly reaches the template routes only
 */
public record Caller(Kind kind, String name, Role role, Set<String> communes, String province, boolean registrar,
                     boolean write, boolean renderOnly) implements Serializable {

    public enum Kind { USER, KEY, ANONYMOUS, SYSTEM }

    static final Caller ANONYMOUS = new Caller(Kind.ANONYMOUS, "anonymous", null, Set.of(), null, false, false, true);
    static final Caller SYSTEM = new Caller(Kind.SYSTEM, "system", null, Set.of(), null, true, true, false);

    public Caller {
        communes = Set.copyOf(communes);
    }

    /** Administrators and the service itself reach everything. */
    public boolean unrestricted() {
        return kind == Kind.SYSTEM || role == Role.ADMIN;
    }

    /** The name the audit trail records: the account name, or {@code key:<name>} for a key. */
    public String actor() {
        return kind == Kind.KEY ? "key:" + name : name;
    }
}
