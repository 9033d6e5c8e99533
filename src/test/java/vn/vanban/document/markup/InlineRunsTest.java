package vn.vanban.document.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The white-space folding of template text, which replaced a regex: the same answers as {@code [\t\n\r ]+ → " "}. */
class InlineRunsTest {

    @Test
    void foldsEachRunOfTemplateSpaceToOneSpace() {
        for (String text : new String[] {"Điều 1.\n        Thành lập", "\t a \r\n b  c ", "  ", "\n", "a\tb", "x  ", " y",
            "Ủy ban\u00A0nhân dân \n dân", "không đổi gì"}) {
            assertEquals(text.replaceAll("[\\t\\n\\r ]+", " "), InlineRuns.foldSpace(text), text);
        }
    }

    @Test
    void leavesTextWithoutRunsAsItIs() {
        String text = "Tổ công nghệ số cộng đồng phường Cẩm Thành";
        assertSame(text, InlineRuns.foldSpace(text));
    }
}
