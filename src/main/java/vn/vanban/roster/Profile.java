package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * What a commune's documents draw on.
 *
 * @param issuerName  the issuing body as printed, "ỦY BAN NHÂN DÂN XÃ GIAO LONG"
 * @param issuerKind  who decides by default: the People's Committee (TM. ỦY BAN NHÂN DÂN) or its Chair
 * @param place       the place name of the date line ("Giao Long, ngày …")
 * @param symbol      the decisions' symbol, "QĐ-UBND"
 * @param chair       the Chair's full name (signs, and leads the commune team)
 * @param deputies    the Vice-Chairs' full names, who sign "KT. CHỦ TỊCH"
 * @param legalBases  default Căn cứ lines
 * @param proposedBy  "Theo đề nghị của …"
 * @param executors   who carries the decision out (the executors article)
 * @param recipients  Nơi nhận, before "Như Điều N" is added
 * @param archive     the "Lưu:" line without "Lưu:", "VT, VHXH"
 */
public record Profile(
        String issuerName,
        IssuerKind issuerKind,
        String place,
        String symbol,
        String chair,
        @MappedCollection(idColumn = "commune_code", keyColumn = "idx") List<ProfileDeputy> deputies,
        @MappedCollection(idColumn = "commune_code", keyColumn = "idx") List<LegalBasis> legalBases,
        String proposedBy,
        String executors,
        @MappedCollection(idColumn = "commune_code", keyColumn = "idx") List<Recipient> recipients,
        String archive) {

    public static final Profile EMPTY = new Profile(null, IssuerKind.COLLECTIVE, null, "QĐ-UBND", null, List.of(),
            List.of(), null, null, List.of(), null);

    public Profile {
        issuerKind = issuerKind == null ? IssuerKind.COLLECTIVE : issuerKind;
        symbol = symbol == null || symbol.isBlank() ? "QĐ-UBND" : symbol;
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** "collective": TM. ỦY BAN NHÂN DÂN signs for the committee; "chair": the Chair decides. */
    public enum IssuerKind {
        COLLECTIVE, CHAIR;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static IssuerKind fromJson(String value) {
            return JsonEnums.parse(IssuerKind.class, value);
        }
    }
}
