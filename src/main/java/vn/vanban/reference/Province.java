package vn.vanban.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A province or centrally-run city: code "51", name "Tỉnh Quảng Ngãi", type "tỉnh". */
@Table
public record Province(@Id String code, String name, String type) {
}
