package vn.vanban.roster.spreadsheet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/**
 * An import refused because the file asks for more than any member list needs: 413 naming the setting
 * that bounds it ({@code limit}) and its value ({@code max}), so that an operator knows what to raise.
 */
public class SpreadsheetTooLargeException extends ProblemException {

    private final String setting;
    private final long max;

    /**
     * @param setting the property, "vanban.limits.spreadsheet.max-cells"
     * @param detail  in Vietnamese, for the person who sent the file
     */
    public SpreadsheetTooLargeException(String setting, long max, String detail) {
        super(ProblemType.TOO_LARGE, "Tệp bảng tính quá lớn", detail, null);
        this.setting = setting;
        this.max = max;
    }

    public String setting() {
        return setting;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("limit", setting);
        properties.put("max", max);
        return properties;
    }

    @Override
    public List<Map<String, Object>> errors() {
        return List.of(Map.of("row", 0, "detail", getMessage()));
    }

    /** No stack trace: the exception is an answer, thrown deep in a parse and caught once. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
