package vn.vanban.documents;

/** A finished file and the name it should be saved under. */
public record RenderedFile(byte[] bytes, String fileName, OutputFormat format) {
}
