package vn.vanban.batches;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.vanban.generation.FileNames;

/**
 * A batch's result as a ZIP written straight to the response, one file read from the database at a
 * time. Entry names are ASCII ("21025 - Phuong Cam Thanh - …") for every unzip tool, and carry the
 * Vietnamese name in the Info-ZIP Unicode Path extra field (0x7075), which 7-Zip, Info-ZIP and most
 * archivers show instead. The manifest lists both names with each file's SHA-256.
 */
final class BatchZip {

    static final String MANIFEST = "manifest.csv";
    private static final int UNICODE_PATH = 0x7075;

    private BatchZip() {
    }

    static void write(long batchId, BatchStore store, OutputStream out) throws IOException {
        List<BatchStore.Item> items = store.items(batchId);
        // Latin-1, not UTF-8: with UTF-8 Java sets the "names are UTF-8" flag, and readers then ignore 0x7075.
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.ISO_8859_1);
        Set<String> used = new HashSet<>();
        StringBuilder manifest = new StringBuilder("\uFEFFMã xã,Tên xã,Trạng thái,Tệp,Tệp (ASCII),SHA-256,Kích thước (byte),Lý do\r\n");
        for (BatchStore.Item item : items) {
            String ascii = null;
            if ("DONE".equals(item.status())) {
                ascii = FileNames.unique(FileNames.ascii(item.fileName()), used);
                ZipEntry entry = new ZipEntry(ascii);
                entry.setExtra(unicodePath(ascii, item.fileName()));
                zip.putNextEntry(entry);
                store.content(batchId, item.communeCode(), bytes -> {
                    try {
                        zip.write(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                zip.closeEntry();
            }
            manifest.append(csv(item.communeCode())).append(',').append(csv(item.communeName())).append(',')
                    .append("DONE".equals(item.status()) ? "Đã lập" : "Lỗi").append(',')
                    .append(csv(item.fileName())).append(',').append(csv(ascii)).append(',')
                    .append(csv(item.sha256())).append(',').append(item.size() == null ? "" : item.size()).append(',')
                    .append(csv(item.reason())).append("\r\n");
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
    }

    /** Info-ZIP Unicode Path Extra Field: version 1, CRC-32 of the header name, the UTF-8 name. */
    static byte[] unicodePath(String headerName, String unicodeName) {
        byte[] utf8 = unicodeName.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(headerName.getBytes(StandardCharsets.ISO_8859_1));
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 4 + utf8.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) UNICODE_PATH).putShort((short) (1 + 4 + utf8.length)).put((byte) 1).putInt((int) crc.getValue())
                .put(utf8);
        return b.array();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches(".*[,\"\\r\\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
