package vn.vanban.api;

import java.net.URI;

/** The problem types of the API (RFC 9457), documented in the README. */
final class ProblemTypes {

    static final URI INVALID_DATA = URI.create("/problems/invalid-data");
    static final URI TOO_LARGE = URI.create("/problems/too-large");
    static final URI UNPROCESSABLE = URI.create("/problems/unprocessable-document");
    static final URI UNKNOWN_TEMPLATE = URI.create("/problems/unknown-template");
    static final URI UNKNOWN_UNIT = URI.create("/problems/unknown-administrative-unit");
    static final URI INVALID_ROSTER = URI.create("/problems/invalid-roster");
    static final URI INVALID_SPREADSHEET = URI.create("/problems/invalid-spreadsheet");
    static final URI STALE = URI.create("/problems/stale-version");
    static final URI NOT_FOUND = URI.create("/problems/not-found");
    static final URI CONFLICT = URI.create("/problems/conflict");
    static final URI INTERNAL = URI.create("/problems/internal-error");

    private ProblemTypes() {
    }
}
