package vn.vanban.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;

/**
 * The first accounts. With no enabled admin in the database, one is created from
 * {@code vanban.security.bootstrap-admin.*}; without a configured password one is generated and printed
 * once in the log. With the demo data (embedded H2 and {@code vanban.demo.enabled}), the demo accounts
 * of the README: a clerk and a records clerk per demo commune, a province account per demo province.
 */
@Component
@Order(-10)
class BootstrapAccounts implements ApplicationRunner {

    static final List<String> DEMO_COMMUNES = List.of("21025", "28807", "14797", "16177");
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAccounts.class);

    private final Accounts accounts;
    private final AccessProperties properties;
    private final CommuneRepository communes;
    private final Environment environment;
    private final DataSource dataSource;

    BootstrapAccounts(Accounts accounts, AccessProperties properties, CommuneRepository communes, Environment environment,
                      DataSource dataSource) {
        this.accounts = accounts;
        this.properties = properties;
        this.communes = communes;
        this.environment = environment;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        bootstrapAdmin();
        if (environment.getProperty("vanban.demo.enabled", Boolean.class, true) && embedded()) {
            demoAccounts();
        }
    }

    private void bootstrapAdmin() {
        if (accounts.anyEnabledAdmin()) {
            return;
        }
        String username = properties.bootstrapAdmin().username();
        if (accounts.exists(username)) {
            LOG.error("No enabled admin account, and the account {} (vanban.security.bootstrap-admin.username) exists "
                    + "with another role or disabled; set another name to create an admin", username);
            return;
        }
        String password = properties.bootstrapAdmin().password();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        try {
            accounts.create(username, password, new Accounts.Spec("admin", null, null, false, true, true));
        } catch (DuplicateKeyException | InvalidAccountException e) {
            // Instances of a fleet starting together on a new database: the first one's admin is the admin.
            if (!accounts.exists(username)) {
                throw e;
            }
            LOG.info("The admin account '{}' was created by another instance", username);
            return;
        }
        if (generated) {
            LOG.warn("\n\nCreated the admin account '{}' with the generated password: {}\n"
                    + "It is shown only this once; change it with PUT /api/v1/account/password.\n", username, password);
        } else {
            LOG.info("Created the admin account '{}' from vanban.security.bootstrap-admin", username);
        }
    }

    private void demoAccounts() {
        String password = properties.demoPassword();
        // Nine accounts with one password: one hash (bcrypt costs about 0.1 s a hash on a quiet core, several
        // seconds in all on a busy machine), made only if an account is missing.
        String[] shared = new String[1];
        UnaryOperator<String> hashOnce = p -> shared[0] == null ? (shared[0] = accounts.hash(p)) : shared[0];
        Set<String> provinces = new LinkedHashSet<>();
        for (String code : DEMO_COMMUNES) {
            communes.findById(code).map(Commune::provinceCode).ifPresent(provinces::add);
            create("canbo." + code, password, new Accounts.Spec("commune", List.of(code), null, false, true, true), hashOnce);
            create("vanthu." + code, password, new Accounts.Spec("commune", List.of(code), null, true, true, true), hashOnce);
        }
        for (String province : provinces) {
            create("so." + province, password, new Accounts.Spec("province", null, province, false, true, true), hashOnce);
        }
    }

    private void create(String username, String password, Accounts.Spec spec, UnaryOperator<String> hash) {
        if (!accounts.exists(username)) {
            accounts.create(username, password, spec, hash);
            LOG.info("Demo account {} created", username);
        }
    }

    private boolean embedded() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }
}
