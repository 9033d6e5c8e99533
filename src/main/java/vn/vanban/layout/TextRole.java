package vn.vanban.layout;

/**
 * Every kind of text line Nghị định 30 gives its own size and style. The writers never pick a size
 * themselves: they look the role up in {@link Nd30Layout}.
 */
public enum TextRole {
    PARENT_BODY,
    ISSUER,
    NUMBER,
    LETTER_SUBJECT,
    NATIONAL_TITLE,
    MOTTO,
    PLACE_DATE,
    DOCUMENT_TYPE,
    DOCUMENT_SUBJECT,
    DOCUMENT_REFERENCE,
    AUTHORITY,
    BASIS,
    DECIDES,
    BODY,
    HEADING,
    LIST_ITEM,
    ADDRESSEE,
    CLOSING,
    RECIPIENTS_LABEL,
    RECIPIENT,
    SIGNATURE_TITLE,
    SIGNATURE_NAME,
    PAGE_NUMBER,
    TABLE_HEADER,
    TABLE_CELL
}
