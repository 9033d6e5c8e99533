package vn.vanban.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one request may ask for, so that no input can exhaust the service.
 *
 * @param maxBodyBytes  largest request body (413 above it)
 * @param maxTextLength longest single text value, in characters (400 above it)
 * @param maxRows       most entries in any one list of the data, e.g. members (413 above it)
 * @param maxTeamsPerZip most teams in one {@code ?each=team} ZIP (413 above it): each is a document
 *                      rendered in turn, so this bounds the time one request holds a thread
 */
@ConfigurationProperties("vanban.limits")
public record RequestLimits(@DefaultValue("2000000") long maxBodyBytes, @DefaultValue("4000") int maxTextLength,
                              @DefaultValue("5000") int maxRows, @DefaultValue("300") int maxTeamsPerZip) {

    public static RequestLimits defaults() {
        return new RequestLimits(2_000_000, 4000, 5000, 300);
    }
}
