package vn.vanban.decisions;

/** A registered decision's file as stored: its bytes never change, and the SHA-256 proves it. */
public record StoredFile(String format, String fileName, String mediaType, String sha256, long size, byte[] content) {
}
