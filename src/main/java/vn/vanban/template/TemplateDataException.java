package vn.vanban.template;

/** The data passed the schema but cannot fill the template (a value it needs is missing). */
public class TemplateDataException extends RuntimeException {

    public TemplateDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
