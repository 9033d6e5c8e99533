package vn.vanban.template;

public class UnknownTemplateException extends RuntimeException {

    private final String templateId;

    public UnknownTemplateException(String templateId) {
        super("Không có mẫu văn bản \"" + templateId + "\"");
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }
}
