package vn.vanban.document;

import java.util.ArrayList;
import java.util.List;
import vn.vanban.text.VietnameseText;

/**
 * The punctuation Nghị định 30 fixes: each item of a list ends ";" and the last one "."; the Nơi nhận
 * entries end ";" and the Lưu line ".". Typed punctuation is replaced, never doubled.
 */
public final class Punctuation {

    private Punctuation() {
    }

    public static List<String> listLines(List<String> items, String prefix) {
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(prefix + VietnameseText.stripEndPunctuation(items.get(i)) + (i == items.size() - 1 ? "." : ";"));
        }
        return out;
    }

    public static String withEnding(String text, String ending) {
        String stripped = VietnameseText.stripEndPunctuation(text);
        return stripped.endsWith("./.") ? stripped : stripped + ending;
    }
}
