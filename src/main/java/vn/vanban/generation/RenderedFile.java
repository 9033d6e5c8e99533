package vn.vanban.generation;

import vn.vanban.render.OutputFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A finished file and the name it should be saved under. */
public record RenderedFile(byte[] bytes, String fileName, OutputFormat format) {

    /** The file's SHA-256 in hex, as the register and the batch manifests record it. */
    public String sha256() {
        return sha256(bytes);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
