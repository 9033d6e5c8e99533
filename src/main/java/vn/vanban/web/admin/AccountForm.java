package vn.vanban.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.vanban.security.Account;
import vn.vanban.security.Accounts;
import vn.vanban.security.Role;

/**
 * What the account form posts, kept as typed so that a refused save shows it again. The form shows every
 * field whatever the role; only those of the chosen role reach the service, so that a province picked
 * before switching to "Cấp xã" is not a refusal the clerk cannot see the reason for.
 *
 * @param communes commune codes as typed: "16177, 14797" or one per line
 */
public record AccountForm(String username, String password, String role, String communes, String province,
                          Boolean registrar, Boolean write, Boolean enabled) {

    /** The blank form of a new account: a commune clerk who may edit, the commonest kind. */
    static AccountForm blank() {
        return new AccountForm("", "", Role.COMMUNE.code(), "", "", false, true, true);
    }

    /** The form of an existing account, as it is now. */
    static AccountForm of(Account a) {
        return new AccountForm(a.username(), "", a.role().code(), String.join(", ", a.communes()),
                a.province() == null ? "" : a.province(), a.registrar(), a.write(), a.enabled());
    }

    /** The codes typed, split on commas, semicolons and spaces. */
    List<String> communeCodes() {
        if (communes == null || communes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(communes.strip().split("[,;\\s]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** A new account: enabled, since its form has no such box (a person is made to sign in). */
    Accounts.Spec newSpec() {
        return new AccountForm(username, password, role, communes, province, registrar, write, true).spec();
    }

    /**
     * The service's account of the chosen role; an unknown role goes through as typed for the service to
     * refuse. A box not ticked is not sent at all, so a missing flag is "no".
     */
    Accounts.Spec spec() {
        String code = role == null ? null : role.strip().toLowerCase(Locale.ROOT);
        boolean on = Boolean.TRUE.equals(enabled);
        boolean canWrite = Boolean.TRUE.equals(write);
        Role r = Role.of(code);
        if (r == null) {
            return new Accounts.Spec(code == null || code.isEmpty() ? null : code, communeCodes(), blankToNull(province),
                    Boolean.TRUE.equals(registrar), canWrite, on);
        }
        return switch (r) {
            case COMMUNE -> new Accounts.Spec(code, communeCodes(), null, Boolean.TRUE.equals(registrar), canWrite, on);
            case PROVINCE -> new Accounts.Spec(code, List.of(), blankToNull(province), false, canWrite, on);
            case ADMIN -> new Accounts.Spec(code, List.of(), null, false, canWrite, on);
        };
    }

    /** The password typed, or null when the field was left empty (then one is generated). */
    String typedPassword() {
        return password == null || password.isEmpty() ? null : password;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
