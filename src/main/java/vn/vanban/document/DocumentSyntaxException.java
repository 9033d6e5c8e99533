package vn.vanban.document;

/** A template produced markup that is not the document vocabulary (a template author's mistake). */
public class DocumentSyntaxException extends RuntimeException {

    public DocumentSyntaxException(String message) {
        super(message);
    }

    public DocumentSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
