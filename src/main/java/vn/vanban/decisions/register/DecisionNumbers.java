package vn.vanban.decisions.register;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register's counter: 01, 02, … per issuing body (the commune, by its code, never by its printed
 * name, which other communes may share), symbol and year. The number is taken by an UPDATE of
 * the counter row, whose row lock makes concurrent registrations wait their turn until the caller's
 * transaction ends; a registration that fails rolls its number back, so the register has no gaps.
 */
@Component
class DecisionNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separate;

    DecisionNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number; must run inside the registration's transaction, which holds the lock until it ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String communeCode, String symbol, int year) {
        jdbc.sql("update decision_counter set last_number = last_number + 1 where commune_code = ? and symbol = ? and register_year = ?")
                .params(communeCode, symbol, year).update();
        return jdbc.sql("select last_number from decision_counter where commune_code = ? and symbol = ? and register_year = ?")
                .params(communeCode, symbol, year).query(Integer.class).single();
    }

    /**
     * Creates the year's counter row, in a transaction of its own and before the registration's
     * transaction starts: on PostgreSQL a failed insert would abort the registration, two first
     * registrations may race here, and no registration should hold one connection while waiting for another.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void ensureCounter(String communeCode, String symbol, int year) {
        boolean exists = jdbc.sql("select count(*) from decision_counter where commune_code = ? and symbol = ? and register_year = ?")
                .params(communeCode, symbol, year).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            separate.executeWithoutResult(status -> jdbc.sql(
                            "insert into decision_counter (commune_code, symbol, register_year, last_number) values (?, ?, ?, 0)")
                    .params(communeCode, symbol, year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // Another registration created it first: that is all we needed.
        }
    }

    /** The latest issue date registered in the sequence, or null before its first registration. */
    @Transactional(propagation = Propagation.MANDATORY)
    public java.time.LocalDate lastIssueDate(String communeCode, String symbol, int year) {
        return jdbc.sql("select max(issue_date) from decision where commune_code = ? and symbol = ? and register_year = ? "
                        + "and register_number is not null")
                .params(communeCode, symbol, year).query((rs, n) -> rs.getObject(1, java.time.LocalDate.class)).list()
                .stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
