package vn.vanban.memberlist;

import java.io.OutputStream;
import java.util.Iterator;
import org.springframework.stereotype.Component;
import vn.vanban.document.DocumentTree;
import vn.vanban.document.TableRow;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.FileNames;
import vn.vanban.render.OutputFormat;

/**
 * Member lists of any length (a commune, or a province of tens of thousands of members) written straight
 * to a stream in PDF, DOCX, XLSX or CSV. Rows are read one at a time and written at once; the heap holds a page of
 * rows, never the list. The look is the member-list template's (see {@link MemberListFrame}), with a
 * "Cộng" row under each commune when the list has several.
 *
 * <p>Thread-safe.
 */
@Component
public final class StreamedMemberList {

    private final DocumentService documents;

    public StreamedMemberList(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * Writes the list to {@code out}, which is left open.
     *
     * @param rows ordered by commune, then team (an {@link IllegalArgumentException} comes when a commune
     *             or a team comes back after another one, with part of the file already written)
     */
    public void write(MemberListRequest request, Iterator<MemberListRow> rows, OutputFormat format, OutputStream out) {
        documents.rowStreamWriter(format).write(frame(request), tableRows(request, rows), out);
    }

    /** The list's body rows as CSV, under the form's headings: UTF-8 with a BOM, commas, RFC 4180 quoting, CRLF. */
    public void writeCsv(MemberListRequest request, Iterator<MemberListRow> rows, OutputStream out) {
        MemberListCsv.write(request.form().columns(), tableRows(request, rows), out);
    }

    /** The list without its rows: title, header row, column widths (for another writer, such as the bench's). */
    public DocumentTree frame(MemberListRequest request) {
        return MemberListFrame.of(documents, request);
    }

    /** The table rows of the list, made as {@code rows} are read: members, Cộng rows, the TỔNG row. */
    public Iterator<TableRow> tableRows(MemberListRequest request, Iterator<MemberListRow> rows) {
        return new MemberListTableRows(rows, new MemberListCells(request));
    }

    /** "Danh sách tổ công nghệ số cộng đồng Tỉnh Thanh Hóa.xlsx", from the list's title, for Content-Disposition. */
    public String fileName(MemberListRequest request, OutputFormat format) {
        return FileNames.of(FileNames.titleOf(frame(request), "Danh sách"), format.extension());
    }
}
