package vn.vanban.security;

import java.util.Map;

/**
 * Something the audit trail keeps that happens here: a login, a refused login, an account or key change.
 * Published as an application event, so that the trail listens without this package knowing it.
 *
 * @param actor    who did it (for a failed login: the name that was tried)
 * @param address  the client address, or null
 * @param targetId the account name or key id concerned
 */
public record SecurityEvent(String action, String actor, String actorKind, String address, String targetId,
                            Map<String, Object> detail) {

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_REFUSED = "login.refused";
    public static final String ACCOUNT_CREATED = "account.create";
    public static final String ACCOUNT_CHANGED = "account.update";
    public static final String ACCOUNT_DELETED = "account.delete";
    public static final String PASSWORD_CHANGED = "account.password";
    public static final String ACCOUNT_UNLOCKED = "account.unlock";
    public static final String KEY_CREATED = "key.create";
    public static final String KEY_REVOKED = "key.revoke";
}
