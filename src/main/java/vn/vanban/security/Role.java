package vn.vanban.security;

import java.util.Locale;

/** What an account is for: a commune's staff, a provincial department's, or the administrators. */
public enum Role {
    COMMUNE, PROVINCE, ADMIN;

    /** The name used in the API and the database: {@code commune}, {@code province}, {@code admin}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of its code, or null for an unknown one. */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
