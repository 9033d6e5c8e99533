package vn.vanban.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A province or centrally-run city: code "51", name "Tỉnh Quảng Ngãi", type "tỉnh". */
@Table
public record Province(@Id String code, String name, String type) {

    /** The name as a text that writes the type itself prints it: "Thanh Hóa" for "Tỉnh Thanh Hóa". */
    public String shortName() {
        return withoutType(name);
    }

    /** {@link #shortName()} of a province's full name, for code that holds the name alone. */
    public static String withoutType(String fullName) {
        return fullName.replaceFirst("^(Tỉnh|Thành phố) ", "");
    }
}
