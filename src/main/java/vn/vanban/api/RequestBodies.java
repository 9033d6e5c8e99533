package vn.vanban.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.problem.FieldProblem;
import vn.vanban.json.StrictJson;
import vn.vanban.limits.RequestLimits;

/**
 * Every request body of the API is read here: never more than {@code vanban.limits.max-body-bytes}
 * (413 beyond), so that a huge upload cannot fill the heap, and JSON strictly (400 with the pointer of
 * the first wrong field), so that nothing typed is silently dropped.
 */
@Component
class RequestBodies {

    private final long maxBytes;

    RequestBodies(RequestLimits limits) {
        this.maxBytes = limits.maxBodyBytes();
    }

    /** The raw body, for uploads that are not JSON (a spreadsheet). */
    byte[] bytes(HttpServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared);
        }
        try {
            InputStream in = request.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(total);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a JSON tree, for data checked later against a schema. */
    JsonNode tree(HttpServletRequest request) {
        return StrictJson.tree(bytes(request));
    }

    /** The body bound to a request record, every field of it known to the record. */
    <T> T read(HttpServletRequest request, Class<T> type) {
        return StrictJson.read(bytes(request), type);
    }

    /** As {@link #read}, but an empty body, where the whole body is optional, is null. */
    <T> T readOptional(HttpServletRequest request, Class<T> type) {
        byte[] body = bytes(request);
        return body.length == 0 ? null : StrictJson.read(body, type);
    }

    private DocumentDataException tooLarge(long size) {
        return new DocumentDataException(DocumentDataException.Kind.TOO_LARGE, "Dữ liệu gửi lên quá lớn",
                List.of(new FieldProblem("", "Dữ liệu có hơn " + Math.min(size, maxBytes) + " byte, vượt quá giới hạn "
                        + maxBytes + " byte")));
    }
}
