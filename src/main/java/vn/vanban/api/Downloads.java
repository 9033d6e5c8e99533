package vn.vanban.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.vanban.generation.FileNames;
import vn.vanban.generation.RenderedFile;
import vn.vanban.generation.TeamDocuments;

/** Answers that are files to save: the media type and a Content-Disposition every browser reads. */
final class Downloads {

    static final String ZIP = "application/zip";

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(RenderedFile file) {
        return attachment(file.format().mediaType(), file.fileName()).body(file.bytes());
    }

    /**
     * One file per team as one ZIP named {@code fileName}, written to the answer as the files are rendered
     * (one file in memory at a time), on the request's own thread so that it keeps its place in the gate
     * of the heavy routes until the last byte.
     */
    static void writeZip(HttpServletResponse response, String fileName, TeamDocuments files) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setHeader(HttpHeaders.CONTENT_TYPE, ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
        ZipFiles.write(files, response.getOutputStream());
        response.flushBuffer();
    }

    /** The start of a file answer, for bodies that are streamed or carry further headers. */
    static ResponseEntity.BodyBuilder attachment(String mediaType, String fileName) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName));
    }

    /**
     * RFC 6266: an ASCII filename for old clients and the UTF-8 one (RFC 5987) for the rest, so that a
     * Vietnamese name survives where it can and something readable is saved where it cannot.
     */
    static String contentDisposition(String fileName) {
        String ascii = FileNames.ascii(fileName).replace("\"", "");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
