package vn.vanban.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.FieldProblem;

/** Reads a request body but never more than the limit, so that a huge upload cannot fill the heap. */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, long declaredLength, long limit) throws IOException {
        if (declaredLength > limit) {
            throw tooLarge(declaredLength, limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw tooLarge(total, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static DocumentDataException tooLarge(long size, long limit) {
        return new DocumentDataException(DocumentDataException.Kind.TOO_LARGE, "Dữ liệu gửi lên quá lớn",
                List.of(new FieldProblem("", "Dữ liệu có hơn " + Math.min(size, limit) + " byte, vượt quá giới hạn "
                        + limit + " byte")));
    }
}
