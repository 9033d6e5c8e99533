package vn.vanban.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One legacy-to-Unicode table, read from a TSV resource under {@code text/}, applied longest match first.
 * The resource holds code points in hex rather than characters: the soft hyphen and the combining tones
 * that some rows carry would be invisible, or silently dropped by an editor.
 */
final class LegacyTable {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Map<String, String> map;
    private final int longestKey;

    private LegacyTable(Map<String, String> map) {
        this.map = Map.copyOf(map);
        this.longestKey = map.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /** A table whose first column is a legacy sequence and second its Unicode letter. */
    static LegacyTable ofSequences(String resource) {
        Map<String, String> map = new HashMap<>();
        read(resource, map::put);
        return new LegacyTable(map);
    }

    /** This table with more sequences; the table's own rows win over any that clash. */
    LegacyTable plus(Map<String, String> more) {
        Map<String, String> merged = new HashMap<>(more);
        merged.putAll(map);
        return new LegacyTable(merged);
    }

    /**
     * A table keyed by single bytes. A byte reaches us as a character in one of two ways: read as Latin-1
     * it is U+0000–U+00FF; read as Windows-1252 (what Excel and a CSV opened as windows-1252 do) the bytes
     * 0x80–0x9F become € ‚ ƒ „ … and so on. Both readings map to the same letter.
     */
    static LegacyTable ofBytes(String resource) {
        Map<String, String> map = new HashMap<>();
        read(resource, (key, value) -> {
            if (key.length() != 1 || key.charAt(0) > 0xFF) {
                throw new IllegalStateException(resource + ": not a byte: " + key);
            }
            int b = key.charAt(0);
            map.put(key, value);
            if (b >= 0x80 && b <= 0x9F) {
                String cp1252 = new String(new byte[] {(byte) b}, WINDOWS_1252);
                // Five bytes (81 8D 8F 90 9D) have no Windows-1252 character; Java then gives U+FFFD.
                if (!cp1252.equals("\uFFFD")) {
                    map.put(cp1252, value);
                }
            }
        });
        return new LegacyTable(map);
    }

    /** Replaces every known sequence, longest first, and leaves anything else as it is. */
    String convert(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int matched = 0;
            for (int len = Math.min(longestKey, text.length() - i); len > 0 && matched == 0; len--) {
                String value = map.get(text.substring(i, i + len));
                if (value != null) {
                    out.append(value);
                    matched = len;
                }
            }
            if (matched == 0) {
                out.append(text.charAt(i));
                matched = 1;
            }
            i += matched;
        }
        return out.toString();
    }

    Map<String, String> entries() {
        return map;
    }

    private static void read(String resource, BiConsumer<String, String> row) {
        InputStream in = LegacyTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                row.accept(codePoints(columns[0]), codePoints(columns[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static String codePoints(String hex) {
        StringBuilder s = new StringBuilder();
        for (String cp : hex.trim().split(" +")) {
            s.appendCodePoint(Integer.parseInt(cp, 16));
        }
        return s.toString();
    }
}
