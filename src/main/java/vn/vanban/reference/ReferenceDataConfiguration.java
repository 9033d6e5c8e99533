package vn.vanban.reference;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ReferenceDataConfiguration {

    /** The CSV load and the respelling of its names are Java migrations; they live with the reference data. */
    @Bean
    FlywayConfigurationCustomizer administrativeUnitsMigration() {
        return configuration -> configuration.javaMigrations(new V2__Load_administrative_units(), new V15__Seeds_tone_placement());
    }
}
