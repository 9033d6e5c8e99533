package vn.vanban.security;

import java.time.Instant;
import java.util.List;

/**
 * A person's account as stored. {@code communes} are the 5-digit codes a commune account serves,
 * {@code province} the 2-digit code of a province account; {@code write} lets a province account make
 * summary letters and batches (and a commune account edit); {@code registrar} lets a commune account
 * register decisions.
 */
public record Account(long id, String username, String passwordHash, Role role, List<String> communes, String province,
                      boolean registrar, boolean write, boolean enabled, Instant passwordChangedAt, Instant createdAt,
                      Instant updatedAt) {

    public Account {
        communes = List.copyOf(communes);
    }

    /** What the caller of a request made with this account may do. */
    public Caller caller() {
        return new Caller(Caller.Kind.USER, username, role, java.util.Set.copyOf(communes), province, registrar, write, false);
    }
}
