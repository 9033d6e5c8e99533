package vn.vanban.template;

import com.networknt.schema.Error;

/** Schema violations said in Vietnamese, with the validator's English message kept for developers. */
final class SchemaMessages {

    private SchemaMessages() {
    }

    static String vietnamese(Error e) {
        String vi = switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "required" -> "Thiếu trường bắt buộc \"" + e.getProperty() + "\"";
            case "type" -> "Sai kiểu dữ liệu";
            case "enum", "const" -> "Giá trị không thuộc danh sách cho phép";
            case "pattern", "format" -> "Giá trị không đúng định dạng";
            case "minLength" -> "Không được để trống";
            case "maxLength" -> "Nội dung quá dài";
            case "minItems" -> "Danh sách có quá ít mục";
            case "maxItems" -> "Danh sách có quá nhiều mục";
            case "minimum", "exclusiveMinimum" -> "Giá trị quá nhỏ";
            case "maximum", "exclusiveMaximum" -> "Giá trị quá lớn";
            case "additionalProperties" -> "Trường không được phép";
            default -> "Giá trị không hợp lệ";
        };
        return vi + " (" + e.getMessage() + ")";
    }
}
