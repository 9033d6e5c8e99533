package vn.vanban.memberlist;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban.generation.DocumentServices;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;

/**
 * The {@link SyntheticProvince}'s list as {@link StreamedMemberList} writes it, for a JVM of its own
 * whose heap cap is the point: {@code java -Xmx256m -cp … vn.vanban.memberlist.SyntheticProvinceList
 * docx 100000 FILE} writes it once and prints {@code bytes=… max-heap-mib=…}, so that the parent sees the
 * cap was in force. {@link StreamedMemberListHeapTest} starts it; the bench's list runs use the same
 * request and writer.
 */
public final class SyntheticProvinceList {

    private SyntheticProvinceList() {
    }

    public static MemberListRequest request(String layout) {
        return new MemberListRequest(layout, false, null, "Tỉnh Thanh Hóa (số liệu giả lập)");
    }

    /** With the fonts and templates of the working directory, as the service has them. */
    public static StreamedMemberList writer() {
        return new StreamedMemberList(DocumentServices.create(Path.of("fonts"), Path.of("templates"), RequestLimits.defaults()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticProvinceList pdf|docx|xlsx MEMBERS FILE");
            System.exit(1);
        }
        OutputFormat format = OutputFormat.fromExtension(args[0])
                .orElseThrow(() -> new IllegalArgumentException("no list format " + args[0]));
        Path file = Path.of(args[2]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writer().write(request("2025"), new SyntheticProvince(Integer.parseInt(args[1])), format, out);
        }
        System.out.printf(Locale.ROOT, "bytes=%d max-heap-mib=%.0f%n", Files.size(file),
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }
}
