package vn.vanban.render.docx;

import java.util.EnumMap;
import java.util.Map;
import vn.vanban.document.Numbering;
import vn.vanban.layout.Nd30Layout;
import vn.vanban.layout.TextRole;
import vn.vanban.render.ooxml.Xml;

/**
 * The named paragraph styles of word/styles.xml, one per kind of line of Nghị định 30 plus "Điều" and
 * "Khoản" for the headings of articles and khoản. Every paragraph names its style and writes directly
 * only what differs from it, so a clerk who adds a paragraph in Word, or changes a style, keeps the
 * decree's look. Style ids are ASCII (Word's own rule for ids); the names a clerk sees are Vietnamese.
 */
final class DocxStyles {

    /** A style: its id, the name Word shows and the role whose size, weight and spacing it carries. */
    record Style(String id, String name, TextRole role) {
    }

    static final Style ARTICLE = new Style("Dieu", "Điều", TextRole.HEADING);
    static final Style CLAUSE = new Style("Khoan", "Khoản", TextRole.HEADING);

    private static final Map<TextRole, Style> BY_ROLE = byRole();

    private DocxStyles() {
    }

    private static Map<TextRole, Style> byRole() {
        Map<TextRole, Style> m = new EnumMap<>(TextRole.class);
        put(m, TextRole.PARENT_BODY, "CoQuanChuQuan", "Cơ quan chủ quản");
        put(m, TextRole.ISSUER, "CoQuanBanHanh", "Cơ quan ban hành");
        put(m, TextRole.NUMBER, "SoKyHieu", "Số, ký hiệu");
        put(m, TextRole.LETTER_SUBJECT, "TrichYeuCongVan", "Trích yếu công văn");
        put(m, TextRole.NATIONAL_TITLE, "QuocHieu", "Quốc hiệu");
        put(m, TextRole.MOTTO, "TieuNgu", "Tiêu ngữ");
        put(m, TextRole.PLACE_DATE, "DiaDanhNgayThang", "Địa danh, ngày tháng");
        put(m, TextRole.DOCUMENT_TYPE, "TenLoai", "Tên loại văn bản");
        put(m, TextRole.DOCUMENT_SUBJECT, "TrichYeu", "Trích yếu");
        put(m, TextRole.DOCUMENT_REFERENCE, "KemTheo", "Kèm theo");
        put(m, TextRole.AUTHORITY, "ThamQuyen", "Thẩm quyền ban hành");
        put(m, TextRole.BASIS, "CanCu", "Căn cứ");
        put(m, TextRole.DECIDES, "QuyetDinh", "Quyết định");
        put(m, TextRole.BODY, "NoiDung", "Nội dung");
        put(m, TextRole.HEADING, "DeMuc", "Đề mục");
        put(m, TextRole.LIST_ITEM, "MucLietKe", "Mục liệt kê");
        put(m, TextRole.ADDRESSEE, "KinhGui", "Kính gửi");
        put(m, TextRole.CLOSING, "KetThuc", "Kết thúc");
        put(m, TextRole.RECIPIENTS_LABEL, "NoiNhan", "Nơi nhận");
        put(m, TextRole.RECIPIENT, "NoiNhanMuc", "Nơi nhận - mục");
        put(m, TextRole.SIGNATURE_TITLE, "ChucVuNguoiKy", "Chức vụ người ký");
        put(m, TextRole.SIGNATURE_NAME, "HoTenNguoiKy", "Họ tên người ký");
        put(m, TextRole.PAGE_NUMBER, "SoTrang", "Số trang");
        put(m, TextRole.TABLE_HEADER, "BangTieuDe", "Bảng - tiêu đề");
        put(m, TextRole.TABLE_CELL, "BangNoiDung", "Bảng - nội dung");
        return m;
    }

    private static void put(Map<TextRole, Style> m, TextRole role, String id, String name) {
        m.put(role, new Style(id, name, role));
    }

    static Style of(TextRole role) {
        Style s = BY_ROLE.get(role);
        if (s == null) {
            throw new IllegalStateException("no paragraph style for " + role);
        }
        return s;
    }

    /** A heading that numbers an article or a khoản takes "Điều" or "Khoản"; anything else its role's. */
    static Style of(TextRole role, Numbering numbering) {
        if (role == TextRole.HEADING && numbering != null) {
            return switch (numbering.kind()) {
                case ARTICLE -> ARTICLE;
                case CLAUSE -> CLAUSE;
                case POINT, LIST_ITEM -> of(role);
            };
        }
        return of(role);
    }

    /**
     * word/styles.xml: the defaults every paragraph inherits (the decree's font in all four script
     * slots, because Word picks the east-Asian or complex-script slot for some characters; Vietnamese
     * proofing; body size; single spacing with no space after), Normal, and one style per kind of line.
     */
    static String part(Nd30Layout layout) {
        int size = Units.halfPoints(layout.style(TextRole.BODY).sizePt());
        Xml x = new Xml().raw(PackageParts.XML_DECLARATION).raw("<w:styles xmlns:w=\"").raw(PackageParts.W_NS)
                .raw("\">")
                .raw("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts")
                .attr("w:ascii", layout.fontFamily()).attr("w:hAnsi", layout.fontFamily())
                .attr("w:eastAsia", layout.fontFamily()).attr("w:cs", layout.fontFamily()).raw("/>")
                .empty("w:sz", "w:val", size).empty("w:szCs", "w:val", size)
                .raw("<w:lang").attr("w:val", PackageParts.LANGUAGE).attr("w:eastAsia", PackageParts.LANGUAGE)
                .raw("/>")
                .raw("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl/>")
                .raw("<w:spacing w:before=\"0\" w:after=\"0\"").attr("w:line", Units.SINGLE_LINE)
                .raw(" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>")
                .raw("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>")
                .raw("<w:qFormat/></w:style>")
                .raw("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">")
                .raw("<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>")
                .raw("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">")
                .raw("<w:name w:val=\"Normal Table\"/>")
                .raw("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>")
                .raw("</w:tblPr></w:style>");
        for (Style s : BY_ROLE.values()) {
            style(x, s, layout);
        }
        style(x, ARTICLE, layout);
        style(x, CLAUSE, layout);
        return x.raw("</w:styles>").toString();
    }

    private static void style(Xml x, Style s, Nd30Layout layout) {
        x.raw("<w:style w:type=\"paragraph\" w:customStyle=\"1\"").attr("w:styleId", s.id()).raw(">")
                .empty("w:name", "w:val", s.name()).empty("w:basedOn", "w:val", "Normal")
                .empty("w:next", "w:val", s.id()).raw("<w:qFormat/>");
        ParagraphFormat.of(layout.style(s.role())).writeStyleProperties(x);
        x.raw("</w:style>");
    }
}
