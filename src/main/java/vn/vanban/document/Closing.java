package vn.vanban.document;

import java.util.List;

/**
 * Nơi nhận on the left and the signature block on the right, side by side, kept on the page of the
 * last paragraph. Either side may be empty.
 */
public record Closing(List<String> recipientLines, Signature signature) implements Block {

    /** The label both writers print above the recipients. */
    public static final String RECIPIENTS_LABEL = "Nơi nhận:";

    public Closing {
        recipientLines = List.copyOf(recipientLines);
    }

    public boolean hasRecipients() {
        return !recipientLines.isEmpty();
    }
}
