package vn.vanban.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class TextCharactersTest {

    @Test
    void everyC0ControlButTabLineFeedAndCarriageReturnIsRefused() {
        IntStream.range(0, 0x20).forEach(c -> {
            String text = "Thôn " + (char) c + " Đông";
            boolean whiteSpace = c == '\t' || c == '\n' || c == '\r';
            assertThat(TextCharacters.problem(text)).as("U+%04X", c).matches(p -> whiteSpace == (p == null));
        });
    }

    @Test
    void deleteAndC1ControlsAreRefused() {
        IntStream.rangeClosed(0x7F, 0x9F).forEach(c ->
                assertThat(TextCharacters.problem("a" + (char) c)).as("U+%04X", c).contains(String.format("U+%04X", c)));
    }

    @Test
    void nonCharactersOfEveryPlaneAreRefused() {
        for (int plane = 0; plane <= 0x10; plane++) {
            for (int last : new int[] {0xFFFE, 0xFFFF}) {
                int codePoint = (plane << 16) | last;
                assertThat(TextCharacters.problem("x" + Character.toString(codePoint))).as("U+%X", codePoint).isNotNull();
            }
        }
        IntStream.rangeClosed(0xFDD0, 0xFDEF).forEach(c -> assertThat(TextCharacters.problem(Character.toString(c))).isNotNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDBFFb", "\uDC00", "x\uDFFF", "\uDC00\uD800"})
    void loneSurrogatesAreRefusedWhereverTheyStand(String text) {
        assertThat(TextCharacters.problem(text)).contains("lone surrogate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Ánh", "ỦY BAN NHÂN DÂN", "Ấp 3\tKhu\r\nphố", "😀 \uD83D\uDE00", "€ — “ ” ‘ ’", "\uFFFD", ""})
    void vietnameseTextPunctuationAndAstralCharactersAreKept(String text) {
        assertThat(TextCharacters.problem(text)).isNull();
    }

    @Test
    void theProblemNamesTheCodePointAndItsPosition() {
        assertThat(TextCharacters.problem("ab\u0000")).contains("U+0000").contains("vị trí 3");
    }

    @Test
    void aJsonTreeIsCheckedInEveryValueAndPropertyNameAtItsPointer() {
        var tree = JsonMapper.builder().build().readTree("""
                {"a": "ok", "b": ["x", "y\\u0007"], "c": {"d/e": "\\uffff"}, "k\\u0001": 1}""");
        assertThat(TextCharacters.problems(tree)).extracting(p -> p.pointer())
                .containsExactly("/b/1", "/c/d~1e", "/k\u0001");
    }
}
