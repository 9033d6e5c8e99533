package vn.vanban.web.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.problem.FieldProblem;

/** The summary letter's form and the template's JSON: there and back, blanks left out, problems placed at their field. */
class LetterFormTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theExampleGoesThroughTheFormUnchanged() throws Exception {
        ObjectNode example = (ObjectNode) JSON.readTree(Files.readString(Path.of("templates/summary-letter/example.json")));
        LetterForm form = LetterForm.of(example, LocalDate.of(2025, 8, 1));
        assertThat(form.addressees()).isEqualTo("UBND các xã, phường, đặc khu");
        assertThat(form.recipients()).isEqualTo("Như trên\nSở KH&CN: GĐ, các PGĐ\nTrung tâm CĐS&ĐMST");
        assertThat(form.number()).isEmpty();
        ObjectNode back = form.toJson();
        for (String field : List.of("issuer", "symbol", "place", "year", "subject", "addressees", "intro", "request",
                "deadline", "closing", "recipients", "archive", "signer")) {
            assertThat(back.get(field)).as(field).isEqualTo(example.get(field));
        }
        assertThat(back.get("number").isNull()).isTrue();
        assertThat(back.get("date").isNull()).isTrue();
        assertThat(back.path("asOf").asString()).isEqualTo("2025-08-01");
    }

    @Test
    void blankFieldsAreLeftOutAndNumbersThatAreNotNumbersGoAsTyped() {
        LetterForm form = new LetterForm("", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", " ", "12", "SKHCN", "Thanh Hóa", "", "hai nghìn",
                "V/v đôn đốc", "UBND các xã\n\n  UBND các phường  \n", "", "", "", "2025-08-15", "", "", "", "", "KT.", "",
                "PHÓ GIÁM ĐỐC", "Lê Văn A", "");
        JsonNode json = form.toJson();
        assertThat(json.path("issuer").has("parent")).isFalse();
        assertThat(json.path("issuer").has("nameInText")).isFalse();
        assertThat(json.path("number").asInt()).isEqualTo(12);
        assertThat(json.path("year").isString()).isTrue();
        assertThat(json.path("addressees").valueStream().map(JsonNode::asString).toList())
                .containsExactly("UBND các xã", "UBND các phường");
        assertThat(json.has("intro")).isFalse();
        assertThat(json.has("paragraphs")).isFalse();
        assertThat(json.has("recipients")).isFalse();
        assertThat(json.has("asOf")).isFalse();
        assertThat(json.path("signer").path("authority").asString()).isEqualTo("KT.");
        assertThat(json.path("signer").path("onBehalfOf").isNull()).isTrue();
    }

    @Test
    void problemsLandOnTheirFieldInPlainWords() {
        var errors = LetterForm.errors(List.of(
                new FieldProblem("/subject", "Thiếu trường bắt buộc \"subject\" ($: required property 'subject' not found)"),
                new FieldProblem("/signer/fullName", "Không được để trống (must be at least 1 characters long)"),
                new FieldProblem("/addressees/0", "Không được để trống (x)"),
                new FieldProblem("/issuer", "Thiếu trường bắt buộc \"name\" (y)"),
                new FieldProblem("/figures", "figures.communes phải bằng …"),
                new FieldProblem("", "Dữ liệu phải là một đối tượng JSON")));
        assertThat(errors).containsEntry("subject", "Cần điền mục này")
                .containsEntry("signerFullName", "Không được để trống")
                .containsEntry("addressees", "Không được để trống")
                .containsEntry("issuerName", "Cần điền mục này")
                .containsEntry("", "figures.communes phải bằng …; Dữ liệu phải là một đối tượng JSON");
    }

    @Test
    void theFiguresDateFallsBackToTodayWhenUnreadable() {
        LocalDate today = LocalDate.of(2026, 1, 2);
        LetterForm form = LetterForm.of(JSON.createObjectNode(), today);
        assertThat(form.figuresDate(today)).isEqualTo(today);
        LetterForm typed = new LetterForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "2025-08-01");
        assertThat(typed.figuresDate(today)).isEqualTo(LocalDate.of(2025, 8, 1));
        LetterForm asWritten = new LetterForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "1/8/2025");
        assertThat(asWritten.figuresDate(today)).as("typed as people write it").isEqualTo(LocalDate.of(2025, 8, 1));
        LetterForm wrong = new LetterForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                "31/02/2025");
        assertThat(wrong.figuresDate(today)).isEqualTo(today);
    }
}
