package vn.vanban.render.xlsx;

/** The parts of the package around the sheet; all but the print titles are the same for every list. */
final class WorkbookParts {

    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String SHEET_NAME = "Danh sách";

    private static final String DECLARATION = vn.vanban.render.ooxml.Xml.DECLARATION;
    private static final String PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String SML_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private WorkbookParts() {
    }

    static String contentTypes() {
        return DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + override("/xl/workbook.xml", SML_TYPE + "sheet.main+xml")
                + override("/xl/worksheets/sheet1.xml", SML_TYPE + "worksheet+xml")
                + override("/xl/styles.xml", SML_TYPE + "styles+xml")
                + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                + override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
                + "</Types>";
    }

    static String packageRelationships() {
        return DECLARATION + "<Relationships xmlns=\"" + PKG_RELS_NS + "\">"
                + relationship("rId1", R_NS + "/officeDocument", "xl/workbook.xml")
                + relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                        + "core-properties", "docProps/core.xml")
                + relationship("rId3", R_NS + "/extended-properties", "docProps/app.xml")
                + "</Relationships>";
    }

    static String workbookRelationships() {
        return DECLARATION + "<Relationships xmlns=\"" + PKG_RELS_NS + "\">"
                + relationship("rId1", R_NS + "/worksheet", "worksheets/sheet1.xml")
                + relationship("rId2", R_NS + "/styles", "styles.xml")
                + "</Relationships>";
    }

    /** The workbook; rows {@code firstTitleRow} to {@code lastTitleRow} (the table's header) print on every page. */
    static String workbook(int firstTitleRow, int lastTitleRow) {
        String printTitles = firstTitleRow < 1 ? "" : "<definedNames><definedName name=\"_xlnm.Print_Titles\""
                + " localSheetId=\"0\">'" + SHEET_NAME + "'!$" + firstTitleRow + ":$" + lastTitleRow
                + "</definedName></definedNames>";
        return DECLARATION + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " xmlns:r=\"" + R_NS + "\"><bookViews><workbookView/></bookViews><sheets><sheet name=\""
                + SHEET_NAME + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>" + printTitles + "</workbook>";
    }

    static String app() {
        return DECLARATION + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "extended-properties\"><Application>vanban</Application></Properties>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }
}
