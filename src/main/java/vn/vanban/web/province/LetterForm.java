package vn.vanban.web.province;

import vn.vanban.web.TypedDates;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.problem.FieldProblem;

/**
 * The summary letter's fixed parts as the form posts them, every value as typed (so a refused letter is
 * shown again exactly), and their mapping to and from the JSON the {@code summary-letter} template reads.
 * Lists (Kính gửi, paragraphs, Nơi nhận) are one entry per line. A blank field is left out of the JSON,
 * so that the template's schema names what is missing, at the field's own pointer.
 */
public record LetterForm(String issuerParent, String issuerName, String issuerNameInText, String number, String symbol,
                  String place, String date, String year, String subject, String addressees, String intro,
                  String paragraphs, String request, String deadline, String villageUnits, String closing,
                  String recipients, String archive, String signerAuthority, String signerOnBehalfOf, String signerTitle,
                  String signerFullName, String asOf) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A field the browser did not send is an empty one, as the page shows it. */
    public LetterForm {
        issuerParent = orEmpty(issuerParent);
        issuerName = orEmpty(issuerName);
        issuerNameInText = orEmpty(issuerNameInText);
        number = orEmpty(number);
        symbol = orEmpty(symbol);
        place = orEmpty(place);
        date = orEmpty(date);
        year = orEmpty(year);
        subject = orEmpty(subject);
        addressees = orEmpty(addressees);
        intro = orEmpty(intro);
        paragraphs = orEmpty(paragraphs);
        request = orEmpty(request);
        deadline = orEmpty(deadline);
        villageUnits = orEmpty(villageUnits);
        closing = orEmpty(closing);
        recipients = orEmpty(recipients);
        archive = orEmpty(archive);
        signerAuthority = orEmpty(signerAuthority);
        signerOnBehalfOf = orEmpty(signerOnBehalfOf);
        signerTitle = orEmpty(signerTitle);
        signerFullName = orEmpty(signerFullName);
        asOf = orEmpty(asOf);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The form filled from a letter's JSON (the last one, or the example), the figures counted as of {@code asOf}. */
    static LetterForm of(JsonNode letter, LocalDate asOf) {
        JsonNode issuer = letter.path("issuer");
        JsonNode signer = letter.path("signer");
        return new LetterForm(text(issuer, "parent"), text(issuer, "name"), text(issuer, "nameInText"),
                text(letter, "number"), text(letter, "symbol"), text(letter, "place"), TypedDates.shownAgain(text(letter, "date")),
                text(letter, "year"), text(letter, "subject"), lines(letter.path("addressees")), text(letter, "intro"),
                lines(letter.path("paragraphs")), text(letter, "request"), TypedDates.shownAgain(text(letter, "deadline")),
                text(letter, "villageUnits"), text(letter, "closing"), lines(letter.path("recipients")),
                text(letter, "archive"), text(signer, "authority"), text(signer, "onBehalfOf"), text(signer, "title"),
                text(signer, "fullName"), TypedDates.shown(asOf));
    }

    /** The letter as the service takes it. Numbers that are not numbers are sent as typed, for the schema to refuse. */
    ObjectNode toJson() {
        ObjectNode letter = NODES.objectNode();
        ObjectNode issuer = letter.putObject("issuer");
        put(issuer, "parent", issuerParent);
        put(issuer, "name", issuerName);
        put(issuer, "nameInText", issuerNameInText);
        if (blank(number)) {
            letter.putNull("number");
        } else {
            putNumber(letter, "number", number);
        }
        put(letter, "symbol", symbol);
        put(letter, "place", place);
        if (blank(date)) {
            letter.putNull("date");
        } else {
            put(letter, "date", TypedDates.iso(date));
        }
        if (!blank(year)) {
            putNumber(letter, "year", year);
        }
        put(letter, "subject", subject);
        letter.set("addressees", array(addressees));
        put(letter, "intro", intro);
        if (!split(paragraphs).isEmpty()) {
            letter.set("paragraphs", array(paragraphs));
        }
        put(letter, "request", request);
        put(letter, "deadline", TypedDates.iso(deadline));
        put(letter, "villageUnits", villageUnits);
        put(letter, "closing", closing);
        if (!split(recipients).isEmpty()) {
            letter.set("recipients", array(recipients));
        }
        put(letter, "archive", archive);
        ObjectNode signer = letter.putObject("signer");
        if (blank(signerAuthority)) {
            signer.putNull("authority");
        } else {
            signer.put("authority", signerAuthority.strip());
        }
        if (blank(signerOnBehalfOf)) {
            signer.putNull("onBehalfOf");
        } else {
            signer.put("onBehalfOf", signerOnBehalfOf.strip());
        }
        put(signer, "title", signerTitle);
        put(signer, "fullName", signerFullName);
        put(letter, "asOf", TypedDates.iso(asOf));
        return letter;
    }

    /** The date of the figures beside the form: the one typed when it reads as a date, else {@code today}. */
    LocalDate figuresDate(LocalDate today) {
        try {
            LocalDate typed = TypedDates.parse(asOf);
            return typed == null ? today : typed;
        } catch (java.time.format.DateTimeParseException e) {
            return today;
        }
    }

    /**
     * The service's problems as the form shows them: by field name where the pointer names a field of the
     * form, under "" otherwise (a problem of the letter as a whole). Several problems of one field are
     * joined; the schema's technical detail in brackets is left out, a person needs the first half only.
     */
    static Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            errors.merge(field(problem.pointer()), readable(problem.message()), (a, b) -> a.equals(b) ? a : a + "; " + b);
        }
        return errors;
    }

    static String field(String pointer) {
        String[] parts = (pointer == null ? "" : pointer).split("/");
        if (parts.length < 2) {
            return "";
        }
        return switch (parts[1]) {
            case "issuer" -> parts.length > 2 ? "issuer" + capital(parts[2]) : "issuerName";
            case "signer" -> parts.length > 2 ? "signer" + capital(parts[2]) : "signerFullName";
            case "number", "symbol", "place", "date", "year", "subject", "addressees", "intro", "paragraphs", "request",
                 "deadline", "villageUnits", "closing", "recipients", "archive", "asOf" -> parts[1];
            default -> "";
        };
    }

    static String readable(String message) {
        if (message.startsWith("Thiếu trường bắt buộc")) {
            return "Cần điền mục này";
        }
        int bracket = message.indexOf(" (");
        return bracket > 0 ? message.substring(0, bracket) : message;
    }

    private static String capital(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isNull() || value.isMissingNode() ? "" : value.asString();
    }

    private static String lines(JsonNode array) {
        return String.join("\n", array.valueStream().map(JsonNode::asString).toList());
    }

    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static ArrayNode array(String text) {
        ArrayNode array = NODES.arrayNode();
        split(text).forEach(array::add);
        return array;
    }

    private static void put(ObjectNode node, String name, String value) {
        if (!blank(value)) {
            node.put(name, value.strip());
        }
    }

    private static void putNumber(ObjectNode node, String name, String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            node.put(name, Integer.parseInt(v));
        } else {
            node.put(name, v);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
