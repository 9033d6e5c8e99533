package vn.vanban.generation;

import vn.vanban.problem.FieldProblem;
import vn.vanban.limits.RequestLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.vanban.problem.JsonPointers;
import vn.vanban.text.DocumentNumbers;
import vn.vanban.text.Honorifics;
import vn.vanban.text.PhoneNumbers;
import vn.vanban.text.VietnameseDates;
import vn.vanban.text.VietnameseText;

/**
 * Turns request JSON into the data a template sees: every string composed to NFC, limits enforced,
 * and the values that follow from the data by rule added next to it, so templates hold no logic:
 * <ul>
 *   <li>people: {@code honorific} (Ông, Bà, Ông/Bà) and {@code phoneMasked};</li>
 *   <li>a {@code decision} reference: {@code text}, e.g. "01/QĐ-UBND ngày 10/7/2025";</li>
 *   <li>teams, communes and the whole list: {@code memberCount}, {@code teamCount}, {@code communeCount};</li>
 *   <li>an issuing body: {@code nameLines}, "ỦY BAN NHÂN DÂN" over the unit as the seeds print it;</li>
 *   <li>a commune: {@code displayName}, e.g. "Phường Hạc Thành".</li>
 * </ul>
 */
public final class DataPreparer {

    private static final Set<String> UNIT_TYPES = Set.of("xã", "phường", "đặc khu", "thị trấn");
    private static final String PEOPLES_COMMITTEE = "ỦY BAN NHÂN DÂN";

    private final RequestLimits limits;

    public DataPreparer(RequestLimits limits) {
        this.limits = limits;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> prepare(JsonNode root) {
        List<FieldProblem> problems = new ArrayList<>();
        List<FieldProblem> tooLarge = new ArrayList<>();
        Object model = convert(root, "", problems, tooLarge);
        if (!tooLarge.isEmpty()) {
            throw new DocumentDataException(DocumentDataException.Kind.TOO_LARGE,
                    "Dữ liệu vượt quá giới hạn cho phép", tooLarge);
        }
        if (!problems.isEmpty()) {
            throw new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ", problems);
        }
        if (!(model instanceof Map)) {
            throw new DocumentDataException(DocumentDataException.Kind.INVALID, "Dữ liệu không hợp lệ",
                    List.of(new FieldProblem("", "Dữ liệu phải là một đối tượng JSON")));
        }
        return (Map<String, Object>) model;
    }

    private Object convert(JsonNode node, String pointer, List<FieldProblem> problems, List<FieldProblem> tooLarge) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            String text = VietnameseText.nfc(node.stringValue());
            if (text.length() > limits.maxTextLength()) {
                problems.add(new FieldProblem(pointer, "Nội dung dài " + text.length() + " ký tự, vượt quá giới hạn "
                        + limits.maxTextLength() + " ký tự"));
            }
            return text;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isArray()) {
            if (node.size() > limits.maxRows()) {
                tooLarge.add(new FieldProblem(pointer, "Danh sách có " + node.size() + " mục, vượt quá giới hạn "
                        + limits.maxRows() + " mục"));
                return List.of();
            }
            List<Object> list = new ArrayList<>(node.size());
            int i = 0;
            for (JsonNode item : node) {
                list.add(convert(item, pointer + "/" + i++, problems, tooLarge));
            }
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = VietnameseText.nfc(e.getKey());
            map.put(key, convert(e.getValue(), JsonPointers.child(pointer, key), problems, tooLarge));
        }
        enrich(map);
        return map;
    }

    private static void enrich(Map<String, Object> map) {
        if (map.containsKey("role") || map.containsKey("gender")) {
            map.put("honorific", Honorifics.of(string(map.get("gender"))));
        }
        if (map.get("phone") instanceof String phone) {
            map.put("phoneMasked", PhoneNumbers.mask(phone));
        }
        if (map.get("decision") instanceof Map<?, ?> decision) {
            @SuppressWarnings("unchecked")
            Map<String, Object> d = (Map<String, Object>) decision;
            d.put("text", decisionText(d));
        }
        if (map.get("name") instanceof String name && map.get("type") instanceof String type
                && UNIT_TYPES.contains(type.toLowerCase(VietnameseText.VIETNAMESE))) {
            map.put("displayName", capitalize(type) + " " + name);
        }
        if (map.get("name") instanceof String name && !map.containsKey("nameLines")) {
            String upper = VietnameseText.upper(name);
            if (upper.startsWith(PEOPLES_COMMITTEE + " ") && upper.length() > PEOPLES_COMMITTEE.length() + 1) {
                map.put("nameLines", List.of(name.substring(0, PEOPLES_COMMITTEE.length()),
                        name.substring(PEOPLES_COMMITTEE.length() + 1).strip()));
            } else {
                map.put("nameLines", List.of(name));
            }
        }
        long members = 0;
        long teams = 0;
        if (map.get("members") instanceof List<?> list) {
            // A seat standing for a group of people is listed but is not one member.
            members = list.stream().filter(m -> !(m instanceof Map<?, ?> seat && Boolean.TRUE.equals(seat.get("group")))).count();
            map.put("memberCount", members);
        }
        if (map.get("teams") instanceof List<?> list) {
            teams = list.size();
            members = list.stream().mapToLong(DataPreparer::memberCount).sum();
            map.put("teamCount", teams);
            map.put("memberCount", members);
        }
        if (map.get("communes") instanceof List<?> list) {
            map.put("communeCount", (long) list.size());
            map.put("teamCount", list.stream().mapToLong(c -> count(c, "teamCount")).sum());
            map.put("memberCount", list.stream().mapToLong(DataPreparer::memberCount).sum());
        }
    }

    private static long memberCount(Object o) {
        return count(o, "memberCount");
    }

    private static long count(Object o, String key) {
        return o instanceof Map<?, ?> m && m.get(key) instanceof Long n ? n : 0;
    }

    private static String decisionText(Map<String, Object> d) {
        Integer number = d.get("number") instanceof Long n ? Math.toIntExact(n) : null;
        String text = DocumentNumbers.numberAndSymbol(number, string(d.get("symbol"))).strip();
        if (d.get("date") instanceof String date && !date.isBlank()) {
            try {
                text += " ngày " + VietnameseDates.shortDate(java.time.LocalDate.parse(date));
            } catch (java.time.DateTimeException e) {
                text += " ngày " + date;
            }
        }
        return text;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }
}
