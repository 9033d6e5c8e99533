package vn.vanban.reference;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    /** The CSV load is a Java migration; it lives with the reference data, not in a db.migration package. */
    @Bean
    FlywayConfigurationCustomizer administrativeUnitsMigration() {
        return configuration -> configuration.javaMigrations(new V2__Load_administrative_units());
    }
}
