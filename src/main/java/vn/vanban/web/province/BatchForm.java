package vn.vanban.web.province;

import vn.vanban.batches.BatchKind;
import vn.vanban.batches.NewBatch;

/**
 * The form that starts a batch, as posted: the kind as the API spells it ("member-list"), the format,
 * the member-list form and whether phones are masked (a checkbox: absent means no).
 */
public record BatchForm(String kind, String format, String layout, String mask) {

    static final BatchForm DEFAULT = new BatchForm("member-list", "pdf", "2025", "true");

    /** The service's request; an unknown kind is sent as none, which the service names as missing. */
    NewBatch toRequest(String province) {
        BatchKind parsed;
        try {
            parsed = kind == null || kind.isBlank() ? null : BatchKind.fromJson(kind.strip());
        } catch (IllegalArgumentException e) {
            parsed = null;
        }
        return new NewBatch(province, parsed, blank(format) ? null : format.strip(), blank(layout) ? null : layout.strip(),
                masked());
    }

    public boolean masked() {
        return "true".equals(mask) || "on".equals(mask);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
