package vn.vanban.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo communes on the first start of an embedded (H2) database that has no
 *                roster yet; never on PostgreSQL
 */
@ConfigurationProperties("vanban.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {
}
