package vn.vanban.render.pdf;

/** The PDF could not be written (OpenPDF refused the content, or the output stream failed). */
public class PdfWriteException extends RuntimeException {

    public PdfWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
