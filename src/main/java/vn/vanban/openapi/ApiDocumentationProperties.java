package vn.vanban.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who answers for the API and under which licence, as the OpenAPI document's {@code info} tells an
 * integrator (README "Configuration"): they differ from one operator to the next.
 */
@ConfigurationProperties("vanban.api")
public record ApiDocumentationProperties(@DefaultValue("Quản trị hệ thống vanban") String contactName,
                                         String contactEmail,
                                         String contactUrl,
                                         @DefaultValue("Proprietary") String licenceName,
                                         String licenceUrl) {
}
