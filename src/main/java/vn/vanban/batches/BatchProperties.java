package vn.vanban.batches;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention how long a finished batch (its ZIP's files, its manifest) is kept after it finished
 * @param sweep     how often the fleet looks for batches past their retention (one instance does it)
 */
@ConfigurationProperties("vanban.batches")
public record BatchProperties(@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration sweep) {
}
