package vn.vanban.web;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.freemarker.autoconfigure.FreeMarkerVariablesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WebProperties.class)
class WebConfiguration {

    /** Shared by every view, so that no controller forgets to put it in its model. */
    @Bean
    FreeMarkerVariablesCustomizer webFormats() {
        return variables -> variables.putAll(Map.of("fmt", new WebFormats()));
    }
}
