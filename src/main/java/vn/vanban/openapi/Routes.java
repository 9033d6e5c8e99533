package vn.vanban.openapi;

import java.util.List;
import java.util.Map;

/**
 * What the code of a route cannot tell springdoc: its stable operationId, the media types of the files
 * it answers with (the file routes pick them from the path's {@code format}) and which of the answer
 * headers it sets. One row per operation, keyed "METHOD path" as in the document.
 */
final class Routes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";
    static final String ZIP = "application/zip";

    /** The media type of each value of a path's {format} (and of the ZIP of ?each=team). */
    static final Map<String, String> FORMATS = Map.of("pdf", PDF, "docx", DOCX, "xlsx", XLSX, "csv", CSV, "zip", ZIP);

    /** A route: its operationId, the {format} values of its file answer (empty: JSON), the headers of its success. */
    record Route(String operationId, List<String> formats, List<String> headers) {

        boolean answersFiles() {
            return !formats.isEmpty();
        }
    }

    private static final List<String> JSON = List.of();
    private static final List<String> TAGGED = List.of("ETag");
    private static final List<String> CREATED = List.of("ETag", "Location");
    private static final List<String> FILE = List.of("Content-Disposition");
    /** A roster's file carries the version it was made from. */
    private static final List<String> TAGGED_FILE = List.of("Content-Disposition", "ETag");

    static final Map<String, Route> ALL = Map.ofEntries(
            row("GET /api/v1/templates", "listTemplates", JSON, List.of()),
            row("GET /api/v1/templates/{id}", "getTemplate", JSON, List.of()),
            row("POST /api/v1/templates/{id}/{format}", "renderTemplate", List.of("pdf", "docx", "zip"), FILE),
            row("GET /api/v1/provinces", "listProvinces", JSON, List.of()),
            row("GET /api/v1/provinces/{code}/communes", "listCommunesOfProvince", JSON, List.of()),
            row("GET /api/v1/provinces/{code}/summary", "getProvinceSummary", JSON, List.of()),
            row("GET /api/v1/provinces/{code}/member-list.{format}", "exportProvinceMemberList", List.of("pdf", "docx", "xlsx"), FILE),
            row("POST /api/v1/provinces/{code}/summary-letter/{format}", "renderSummaryLetter", List.of("pdf", "docx"), FILE),
            row("POST /api/v1/roster-checks", "checkRoster", JSON, List.of()),
            row("GET /api/v1/communes/{code}/roster", "getRoster", JSON, TAGGED),
            row("PUT /api/v1/communes/{code}/roster", "replaceRoster", JSON, TAGGED),
            row("GET /api/v1/communes/{code}/profile", "getProfile", JSON, TAGGED),
            row("PUT /api/v1/communes/{code}/profile", "replaceProfile", JSON, TAGGED),
            row("GET /api/v1/communes/{code}/villages", "listVillages", JSON, TAGGED),
            row("POST /api/v1/communes/{code}/villages", "addVillage", JSON, CREATED),
            row("GET /api/v1/communes/{code}/villages/{key}", "getVillage", JSON, TAGGED),
            row("PUT /api/v1/communes/{code}/villages/{key}", "replaceVillage", JSON, TAGGED),
            row("DELETE /api/v1/communes/{code}/villages/{key}", "deleteVillage", JSON, TAGGED),
            row("GET /api/v1/communes/{code}/teams", "listTeams", JSON, TAGGED),
            row("POST /api/v1/communes/{code}/teams", "addTeam", JSON, CREATED),
            row("GET /api/v1/communes/{code}/teams/{key}", "getTeam", JSON, TAGGED),
            row("PUT /api/v1/communes/{code}/teams/{key}", "replaceTeam", JSON, TAGGED),
            row("DELETE /api/v1/communes/{code}/teams/{key}", "deleteTeam", JSON, TAGGED),
            row("POST /api/v1/communes/{code}/teams/{key}/members", "addMember", JSON, CREATED),
            row("GET /api/v1/communes/{code}/teams/{key}/members/{memberKey}", "getMember", JSON, TAGGED),
            row("PUT /api/v1/communes/{code}/teams/{key}/members/{memberKey}", "replaceMember", JSON, TAGGED),
            row("DELETE /api/v1/communes/{code}/teams/{key}/members/{memberKey}", "deleteMember", JSON, TAGGED),
            row("GET /api/v1/communes/{code}/checks", "checkStoredRoster", JSON, List.of()),
            row("GET /api/v1/communes/{code}/roster.{format}", "exportRoster", List.of("xlsx", "csv"), TAGGED_FILE),
            row("GET /api/v1/communes/{code}/member-list.{format}", "exportMemberList", List.of("pdf", "docx", "xlsx"), TAGGED_FILE),
            row("POST /api/v1/communes/{code}/roster/import", "importRoster", JSON, TAGGED),
            row("POST /api/v1/communes/{code}/decisions", "draftDecisions", JSON, List.of("Location")),
            row("GET /api/v1/communes/{code}/decisions", "listDecisions", JSON, List.of()),
            row("GET /api/v1/decisions/{id}", "getDecision", JSON, List.of()),
            row("GET /api/v1/decisions/{id}/{format}", "getDecisionFile", List.of("pdf", "docx"),
                    List.of("Content-Disposition", "ETag", "Repr-Digest")),
            row("POST /api/v1/decisions/{id}/registration", "registerDecision", JSON, List.of()),
            row("DELETE /api/v1/decisions/{id}", "deleteDecision", JSON, List.of()),
            row("POST /api/v1/batches", "startBatch", JSON, List.of("Location")),
            row("GET /api/v1/batches/{id}", "getBatch", JSON, List.of()),
            row("GET /api/v1/batches/{id}/result.zip", "getBatchResult", List.of("zip"), FILE),
            row("GET /api/v1/admin/users", "listAccounts", JSON, List.of()),
            row("POST /api/v1/admin/users", "createAccount", JSON, List.of("Location")),
            // Spring marks an answer whose path ends in something like a file extension (a user name with a dot)
            // with Content-Disposition: inline, against reflected file downloads.
            row("PATCH /api/v1/admin/users/{username}", "changeAccount", JSON, List.of("Content-Disposition")),
            row("DELETE /api/v1/admin/users/{username}", "deleteAccount", JSON, List.of()),
            row("GET /api/v1/admin/keys", "listKeys", JSON, List.of()),
            row("POST /api/v1/admin/keys", "createKey", JSON, List.of("Location")),
            row("DELETE /api/v1/admin/keys/{id}", "revokeKey", JSON, List.of()),
            row("GET /api/v1/audit", "listAuditEvents", JSON, List.of()),
            row("GET /api/v1/account", "getOwnAccount", JSON, List.of()),
            row("PUT /api/v1/account/password", "changeOwnPassword", JSON, List.of()));

    /** Routes that render or import: bounded by the render and import caps (503 when full, 429 past the rate). */
    static final List<String> SHED = List.of("POST /api/v1/templates/{id}/{format}",
            "GET /api/v1/provinces/{code}/member-list.{format}", "POST /api/v1/provinces/{code}/summary-letter/{format}",
            "GET /api/v1/communes/{code}/member-list.{format}", "POST /api/v1/communes/{code}/roster/import",
            "POST /api/v1/communes/{code}/decisions", "GET /api/v1/decisions/{id}/{format}", "POST /api/v1/batches");

    private Routes() {
    }

    private static Map.Entry<String, Route> row(String operation, String id, List<String> formats, List<String> headers) {
        return Map.entry(operation, new Route(id, formats, headers));
    }
}
