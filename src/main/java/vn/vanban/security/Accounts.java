package vn.vanban.security;

import vn.vanban.limits.FieldLengths;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.ProvinceRepository;

/** Creating, changing and removing accounts, under the rules of each role; every change is published for the audit trail. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");

    private final AccountStore store;
    private final PasswordEncoder encoder;
    private final CommuneRepository communes;
    private final ProvinceRepository provinces;
    private final CallerContext callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ApiKeys keys;
    private final LoginAttempts attempts;

    Accounts(AccountStore store, PasswordEncoder encoder, CommuneRepository communes, ProvinceRepository provinces,
             CallerContext callers, ApplicationEventPublisher events, Clock clock, ApiKeys keys, LoginAttempts attempts) {
        this.store = store;
        this.encoder = encoder;
        this.communes = communes;
        this.provinces = provinces;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
        this.keys = keys;
        this.attempts = attempts;
    }

    /** What a password must be, for forms to say before anyone types one. */
    public record PasswordPolicy(int minLength, int maxBytes) {
    }

    public static PasswordPolicy passwordPolicy() {
        return new PasswordPolicy(PasswordRules.MIN_LENGTH, PasswordRules.MAX_BYTES);
    }

    /** A random password that meets the rules, for an administrator to hand over once. */
    public static String generatePassword() {
        return PasswordRules.generate();
    }

    /** What an account should be; null fields of a change keep what the account has. */
    public record Spec(String role, List<String> communes, String province, Boolean registrar, Boolean write, Boolean enabled) {
    }

    @Transactional
    public Account create(String username, String password, Spec spec) {
        return create(username, password, spec, encoder::encode);
    }

    /** The stored form of a password, for {@link #create(String, String, Spec, UnaryOperator)}. */
    String hash(String password) {
        return encoder.encode(password);
    }

    /** With the hash made by {@code hash}: accounts sharing a password (the demo's) share one hash. */
    @Transactional
    Account create(String username, String password, Spec spec, UnaryOperator<String> hash) {
        String name = AccountAuthenticationProvider.normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidAccountException("/username", "Tên đăng nhập gồm 3–60 ký tự: chữ thường không dấu, số, . _ @ -");
        }
        if (store.exists(name)) {
            throw new InvalidAccountException("/username", "Tên đăng nhập " + name + " đã có");
        }
        PasswordRules.require(password);
        Role role = Role.of(spec.role());
        Instant now = clock.instant();
        Account account = valid(new Account(0, name, hash.apply(password), role,
                spec.communes() == null ? List.of() : spec.communes(), spec.province(), Boolean.TRUE.equals(spec.registrar()),
                spec.write() == null ? role == Role.COMMUNE : spec.write(), spec.enabled() == null || spec.enabled(), now, now, now));
        store.insert(account);
        publish(SecurityEvent.ACCOUNT_CREATED, name, describe(account));
        return store.find(name).orElseThrow();
    }

    /** Changes the scope, the flags or the password of an account (an administrator's act). */
    @Transactional
    public Account change(String username, Spec spec, String newPassword) {
        Account a = existing(username);
        Instant now = clock.instant();
        String hash = a.passwordHash();
        Instant passwordChanged = a.passwordChangedAt();
        if (newPassword != null) {
            PasswordRules.require(newPassword);
            hash = encoder.encode(newPassword);
            passwordChanged = now;
        }
        Role role = spec.role() == null ? a.role() : Role.of(spec.role());
        Account changed = valid(new Account(a.id(), a.username(), hash, role,
                spec.communes() == null ? (role == Role.COMMUNE ? a.communes() : List.of()) : spec.communes(),
                spec.province() == null ? (role == Role.PROVINCE ? a.province() : null) : spec.province(),
                spec.registrar() == null ? a.registrar() && role == Role.COMMUNE : spec.registrar(),
                spec.write() == null ? a.write() : spec.write(), spec.enabled() == null ? a.enabled() : spec.enabled(),
                passwordChanged, a.createdAt(), now));
        refuseLastAdminLoss(a, changed.role() == Role.ADMIN && changed.enabled());
        store.update(changed);
        Map<String, Object> detail = describe(changed);
        detail.put("passwordReset", newPassword != null);
        publish(SecurityEvent.ACCOUNT_CHANGED, a.username(), detail);
        return changed;
    }

    @Transactional
    public void delete(String username) {
        Account a = existing(username);
        refuseLastAdminLoss(a, false);
        store.delete(a.username());
        publish(SecurityEvent.ACCOUNT_DELETED, a.username(), describe(a));
    }

    /** A person changes their own password, giving the current one. */
    @Transactional
    public void changeOwnPassword(String username, String current, String next) {
        Account a = existing(username);
        if (current == null || !encoder.matches(current, a.passwordHash())) {
            throw new InvalidAccountException("/currentPassword", "Mật khẩu hiện tại không đúng");
        }
        PasswordRules.require(next);
        if (encoder.matches(next, a.passwordHash())) {
            throw new InvalidAccountException("/newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại");
        }
        Instant now = clock.instant();
        store.update(new Account(a.id(), a.username(), encoder.encode(next), a.role(), a.communes(), a.province(),
                a.registrar(), a.write(), a.enabled(), now, a.createdAt(), now));
        publish(SecurityEvent.PASSWORD_CHANGED, a.username(), new LinkedHashMap<>());
    }

    public List<Account> list() {
        return store.list();
    }

    /** One account, or {@link AccountNotFoundException}. */
    public Account find(String username) {
        return existing(username);
    }

    /** The account names whose logins are refused now after too many failures, with until when. */
    public Map<String, Instant> lockouts() {
        return attempts.lockedAccounts();
    }

    /** Lifts the refusal of an account's logins before it runs out (the person called the administrator). */
    @Transactional
    public void unlock(String username) {
        Account a = existing(username);
        attempts.unlock(a.username());
        publish(SecurityEvent.ACCOUNT_UNLOCKED, a.username(), new LinkedHashMap<>());
    }

    boolean anyEnabledAdmin() {
        return store.anyEnabledAdmin();
    }

    boolean exists(String username) {
        return store.exists(AccountAuthenticationProvider.normalize(username));
    }

    private Account existing(String username) {
        return store.find(AccountAuthenticationProvider.normalize(username))
                .orElseThrow(() -> new AccountNotFoundException(username));
    }

    private Account valid(Account a) {
        if (a.role() == null) {
            throw new InvalidAccountException("/role", "Vai trò phải là commune, province hoặc admin");
        }
        switch (a.role()) {
            case COMMUNE -> {
                if (a.communes().isEmpty()) {
                    throw new InvalidAccountException("/communes", "Tài khoản cấp xã cần ít nhất một mã xã");
                }
                if (String.join(",", a.communes().stream().distinct().toList()).length() > FieldLengths.ACCOUNT_COMMUNES) {
                    throw new InvalidAccountException("/communes", "Một tài khoản được gán tối đa "
                            + (FieldLengths.ACCOUNT_COMMUNES + 1) / 6 + " xã");
                }
                for (int i = 0; i < a.communes().size(); i++) {
                    String code = a.communes().get(i);
                    if (code == null || !code.matches("\\d{5}") || !communes.existsById(code)) {
                        throw new InvalidAccountException("/communes/" + i, "Không có xã mã " + code);
                    }
                }
                if (a.province() != null) {
                    throw new InvalidAccountException("/province", "Tài khoản cấp xã không có tỉnh");
                }
            }
            case PROVINCE -> {
                if (a.province() == null || !a.province().matches("\\d{2}") || !provinces.existsById(a.province())) {
                    throw new InvalidAccountException("/province", "Không có tỉnh mã " + a.province());
                }
                if (!a.communes().isEmpty() || a.registrar()) {
                    throw new InvalidAccountException("/communes", "Tài khoản cấp tỉnh không có xã hay quyền văn thư");
                }
            }
            case ADMIN -> {
                if (!a.communes().isEmpty() || a.province() != null || a.registrar()) {
                    throw new InvalidAccountException("/role", "Tài khoản quản trị không có xã, tỉnh hay quyền văn thư");
                }
            }
        }
        return new Account(a.id(), a.username(), a.passwordHash(), a.role(), a.communes().stream().distinct().sorted().toList(),
                a.province(), a.registrar(), a.write(), a.enabled(), a.passwordChangedAt(), a.createdAt(), a.updatedAt());
    }

    /** The service is never left without an administrator who can log in. */
    private void refuseLastAdminLoss(Account before, boolean stillAdmin) {
        if (before.role() == Role.ADMIN && before.enabled() && !stillAdmin
                && store.list().stream().filter(x -> x.role() == Role.ADMIN && x.enabled()).count() <= 1) {
            throw new InvalidAccountException("/role", "Không thể bỏ hoặc khóa tài khoản quản trị cuối cùng");
        }
    }

    private static Map<String, Object> describe(Account a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("role", a.role().code());
        d.put("communes", a.communes());
        if (a.province() != null) {
            d.put("province", a.province());
        }
        d.put("registrar", a.registrar());
        d.put("write", a.write());
        d.put("enabled", a.enabled());
        return d;
    }

    private void publish(String action, String target, Map<String, Object> detail) {
        Caller c = callers.current();
        events.publishEvent(new SecurityEvent(action, c.actor(), c.kind().name().toLowerCase(java.util.Locale.ROOT),
                callers.clientAddress(), target, detail));
    }

    /** A new key for another system, made by the caller and recorded; its secret is in the answer only. */
    public ApiKeys.Created issueKey(String name, String scope, boolean write, Instant expiresAt) {
        ApiKeys.Created created = keys.create(name, scope, write, expiresAt, callers.current().actor());
        publishKey(SecurityEvent.KEY_CREATED, created.key());
        return created;
    }

    /** Revokes a key for good; its row stays, so that the audit trail can still name it. */
    public ApiKey revokeKey(long id) {
        ApiKey key = keys.revoke(id).orElseThrow(() -> new AccountNotFoundException("khóa " + id));
        publishKey(SecurityEvent.KEY_REVOKED, key);
        return key;
    }

    public List<ApiKey> keys() {
        return keys.list();
    }

    /** One key (never its secret), or {@link AccountNotFoundException}. */
    public ApiKey key(long id) {
        return keys.find(id).orElseThrow(() -> new AccountNotFoundException("khóa " + id));
    }

    private void publishKey(String action, ApiKey key) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", key.name());
        d.put("prefix", key.prefix());
        d.put("scope", key.scope());
        d.put("write", key.write());
        publish(action, String.valueOf(key.id()), d);
    }
}
