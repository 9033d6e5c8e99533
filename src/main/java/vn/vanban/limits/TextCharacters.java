package vn.vanban.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.vanban.problem.FieldProblem;
import vn.vanban.problem.JsonPointers;

/**
 * The one rule on which characters a text may hold, applied to every body the API reads and every roster
 * the store keeps: no control character other than tab, line feed and carriage return (which are white
 * space the writers and the roster's normaliser handle), no Unicode non-character (U+FDD0–U+FDEF and the
 * last two code points of every plane, U+FFFE and U+FFFF among them) and no lone surrogate. Such a
 * character cannot be written to an XML part of a DOCX, so once stored it would make every later document
 * of the commune fail; it is refused when written instead, at its JSON Pointer.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** What is wrong with the characters of {@code text}, or null when every character may be kept. */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i);
                if (isNonCharacter(codePoint)) {
                    return describe(codePoint, i, "không phải ký tự Unicode (non-character)");
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return describe(c, i, "là nửa cặp UTF-16 đứng một mình (lone surrogate)");
            }
            if (isControl(c)) {
                return describe(c, i, "là ký tự điều khiển");
            }
            if (isNonCharacter(c)) {
                return describe(c, i, "không phải ký tự Unicode (non-character)");
            }
            i++;
        }
        return null;
    }

    /** Every string value and property name of {@code node} whose characters are refused, at its pointer. */
    public static List<FieldProblem> problems(JsonNode node) {
        List<FieldProblem> problems = new ArrayList<>();
        collect(node, "", problems);
        return problems;
    }

    private static void collect(JsonNode node, String pointer, List<FieldProblem> problems) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            add(problems, pointer, problem(node.stringValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, problems);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String at = JsonPointers.child(pointer, e.getKey());
                String inName = problem(e.getKey());
                add(problems, at, inName == null ? null : "Tên trường: " + inName);
                collect(e.getValue(), at, problems);
            }
        }
    }

    private static void add(List<FieldProblem> problems, String pointer, String problem) {
        if (problem != null) {
            problems.add(new FieldProblem(pointer, problem));
        }
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    private static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String describe(int codePoint, int index, String what) {
        return String.format("Ký tự U+%04X ở vị trí %d %s, không lưu hay in được; hãy xóa ký tự này", codePoint,
                index + 1, what);
    }
}
