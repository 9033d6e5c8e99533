package vn.vanban.web.commune;

import java.util.List;
import java.util.Set;
import vn.vanban.roster.LegalBasis;
import vn.vanban.roster.Profile;
import vn.vanban.roster.ProfileDeputy;
import vn.vanban.roster.Recipient;
import vn.vanban.roster.RosterPart;

/**
 * The profile form as posted: the repeatable lines (Phó Chủ tịch, Căn cứ, Nơi nhận) are textareas, one
 * item per line; {@code version} is the roster version the form was read at.
 */
public record ProfileForm(Long version, String issuerName, String issuerKind, String place, String symbol, String chair,
                          String deputies, String legalBases, String proposedBy, String executors, String recipients,
                          String archive) {

    static final Set<String> INPUTS = Set.of("issuerName", "issuerKind", "place", "symbol", "chair", "deputies",
            "legalBases", "proposedBy", "executors", "recipients", "archive");

    static ProfileForm of(RosterPart<Profile> part) {
        Profile p = part.value();
        return new ProfileForm(part.version(), p.issuerName(), p.issuerKind().json(), p.place(), p.symbol(), p.chair(),
                Lines.join(p.deputies(), ProfileDeputy::text), Lines.join(p.legalBases(), LegalBasis::text), p.proposedBy(),
                p.executors(), Lines.join(p.recipients(), Recipient::text), p.archive());
    }

    Profile toProfile() {
        Profile.IssuerKind kind = "chair".equals(issuerKind) ? Profile.IssuerKind.CHAIR : Profile.IssuerKind.COLLECTIVE;
        return new Profile(Lines.blankToNull(issuerName), kind, Lines.blankToNull(place), Lines.blankToNull(symbol),
                Lines.blankToNull(chair), Lines.split(deputies, ProfileDeputy::of), Lines.split(legalBases, LegalBasis::of),
                Lines.blankToNull(proposedBy), Lines.blankToNull(executors), Lines.split(recipients, Recipient::of),
                Lines.blankToNull(archive));
    }

    ProfileForm withVersion(Long version) {
        return new ProfileForm(version, issuerName, issuerKind, place, symbol, chair, deputies, legalBases, proposedBy,
                executors, recipients, archive);
    }

    List<Conflict.Field> fields() {
        return List.of(new Conflict.Field("Cơ quan ban hành", issuerName),
                new Conflict.Field("Thẩm quyền ký", "chair".equals(issuerKind) ? "Chủ tịch" : "Tập thể Ủy ban nhân dân"),
                new Conflict.Field("Địa danh", place), new Conflict.Field("Ký hiệu", symbol),
                new Conflict.Field("Chủ tịch", chair), new Conflict.Field("Phó Chủ tịch", deputies),
                new Conflict.Field("Căn cứ", legalBases), new Conflict.Field("Theo đề nghị của", proposedBy),
                new Conflict.Field("Người thi hành", executors), new Conflict.Field("Nơi nhận", recipients),
                new Conflict.Field("Lưu", archive));
    }
}
