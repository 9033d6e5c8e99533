package vn.vanban.template;

import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

public class UnknownTemplateException extends ProblemException {

    private final String templateId;

    public UnknownTemplateException(String templateId) {
        super(ProblemType.UNKNOWN_TEMPLATE, "Không có mẫu văn bản \"" + templateId + "\"");
        this.templateId = templateId;
    }

    public String templateId() {
        return templateId;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("templateId", templateId);
    }
}
