package vn.vanban.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class LineBreaksTest {

    /** One point a character: widths the test can count. */
    private static final ToDoubleFunction<String> CHARS = String::length;

    @Test
    void greedyNeverBreaksAtANoBreakSpace() {
        assertThat(LineBreaks.greedy("cộng đồng phường Cẩm\u00A0Thành", CHARS, 20, 20))
                .containsExactly("cộng đồng phường", "Cẩm\u00A0Thành");
    }

    @Test
    void greedyNarrowsTheLinesAfterTheFirst() {
        assertThat(LineBreaks.greedy("aa bb cc dd", CHARS, 5, 2)).containsExactly("aa bb", "cc", "dd");
    }

    @Test
    void balancedKeepsTheLineCountAndShortensTheLongestLine() {
        String body = "SỞ KHOA\u00A0HỌC VÀ CÔNG\u00A0NGHỆ";
        List<String> greedy = LineBreaks.greedy(body, CHARS, 15, 15);
        assertThat(greedy).containsExactly("SỞ KHOA\u00A0HỌC VÀ", "CÔNG\u00A0NGHỆ");
        assertThat(LineBreaks.balanced(body, CHARS, 15)).containsExactly("SỞ KHOA\u00A0HỌC", "VÀ CÔNG\u00A0NGHỆ");
    }

    @Test
    void balancedLeavesALineThatFitsAlone() {
        assertThat(LineBreaks.balanced("SỞ NỘI\u00A0VỤ", CHARS, 40)).containsExactly("SỞ NỘI\u00A0VỤ");
    }
}
