package vn.vanban.reference;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A commune-level unit: code "21025", name "Cẩm Thành", full name "Phường Cẩm Thành", type "phường". */
@Table
public record Commune(@Id String code, String provinceCode, String name, String fullName, String type) {
}
