package vn.vanban.audit;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** One row of the audit trail. {@code detail} is a JSON object (versions before and after, a number, a request). */
public record AuditEvent(long id, Instant at, String actor, String actorKind, String clientAddress, String action,
                         String commune, String province, String targetId, JsonNode detail) {
}
