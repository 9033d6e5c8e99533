package vn.vanban.api;

import java.net.URI;
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
     * The version the client says it edited: null when there is no If-Match (last write wins, as the
     * README warns), the current version for "*" when a roster exists. A tag that is not one of our
     * versions is refused as stale; the current version is only looked up for those cases.
     */
    static Long expectedVersion(String ifMatch, String communeCode, Supplier<Long> currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String tag = ifMatch.split(",")[0].strip();
        if (tag.equals("*")) {
            Long current = currentVersion.get();
            if (current == null) {
                throw new StaleRosterException(communeCode, null);
            }
            return current;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new StaleRosterException(communeCode, currentVersion.get());
        }
    }
}
