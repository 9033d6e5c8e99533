package vn.vanban.api;

import java.util.List;
import java.util.function.Function;
import vn.vanban.roster.LegalBasis;
import vn.vanban.roster.Profile;
import vn.vanban.roster.ProfileDeputy;
import vn.vanban.roster.Recipient;

/** A commune's profile as a client sends it: the lists are plain lines of text. */
record ProfileRequest(String issuerName, Profile.IssuerKind issuerKind, String place, String symbol, String chair,
                      List<String> deputies, List<String> legalBases, String proposedBy, String executors,
                      List<String> recipients, String archive) {

    Profile toProfile() {
        return new Profile(issuerName, issuerKind, place, symbol, chair, lines(deputies, ProfileDeputy::of),
                lines(legalBases, LegalBasis::of), proposedBy, executors, lines(recipients, Recipient::of), archive);
    }

    private static <T> List<T> lines(List<String> texts, Function<String, T> line) {
        return texts == null ? null : texts.stream().map(line).toList();
    }
}
