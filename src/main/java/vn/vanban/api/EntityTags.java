package vn.vanban.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import vn.vanban.roster.RosterPart;
import vn.vanban.roster.StaleRosterException;

/** The roster's version as a strong ETag ("7") on answers, and If-Match read back into a version. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(Long version) {
        return version == null ? null : "\"" + version + "\"";
    }

    /** 200 with the part, tagged with its roster's version when the roster is stored. */
    static <T> ResponseEntity<T> ok(RosterPart<T> part) {
        return tag(ResponseEntity.ok(), part.version()).body(part.value());
    }

    static <T> ResponseEntity<T> created(URI location, RosterPart<T> part) {
        return tag(ResponseEntity.created(location), part.version()).body(part.value());
    }

    static ResponseEntity<Void> noContent(Long version) {
        ResponseEntity.HeadersBuilder<?> noContent = ResponseEntity.noContent();
        if (version != null) {
            noContent.eTag(of(version));
        }
        return noContent.build();
    }

    static ResponseEntity.BodyBuilder tag(ResponseEntity.BodyBuilder builder, Long version) {
        return version == null ? builder : builder.eTag(of(version));
    }

    /**
     * The version the client says it edited: null when there is no If-Match (the write is applied to the
     * version current when it runs, see README "Rosters"), the current version for "*" when a roster exists
     * or when one of several tags names it. If-Match compares strongly (RFC 9110, 13.1.1): a weak tag or a
     * tag that is not one of our versions never matches and is refused as stale (412); a header that is not
     * an entity-tag list at all ({@code ,}, {@code W/}, a tag without quotes) is a 400 naming the header.
     */
    static Long expectedVersion(String ifMatch, String communeCode, Supplier<Long> currentVersion) {
        if (ifMatch == null) {
            return null;
        }
        List<String> tags = IfMatchTags.parse(ifMatch);
        if (tags.equals(List.of("*"))) {
            Long current = currentVersion.get();
            if (current == null) {
                throw new StaleRosterException(communeCode, null);
            }
            return current;
        }
        List<Long> versions = tags.stream().map(EntityTags::version).filter(Objects::nonNull).toList();
        if (versions.size() == 1 && tags.size() == 1) {
            return versions.get(0);
        }
        Long current = currentVersion.get();
        if (current != null && versions.contains(current)) {
            return current;
        }
        throw new StaleRosterException(communeCode, current);
    }

    /** Our version in a strong tag ("7"), or null for a weak tag or one we never issued. */
    private static Long version(String tag) {
        if (tag.startsWith("W/") || !tag.matches("\"[0-9]{1,18}\"")) {
            return null;
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
}
