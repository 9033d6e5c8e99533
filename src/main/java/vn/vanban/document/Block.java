package vn.vanban.document;

/** One element of the document body, in reading order. */
public sealed interface Block permits Paragraph, TitleBlock, Addressees, Table, Closing, PageBreak {
}
