package vn.vanban.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void tenCharactersAtLeastCountedAsLettersNotBytes() {
        assertThat(PasswordRules.problem("ngắn-quá")).contains("ít nhất 10");
        assertThat(PasswordRules.problem(null)).contains("ít nhất 10");
        assertThat(PasswordRules.problem("đủ-mười-ký")).isNull();
        assertThat(PasswordRules.problem("          ")).contains("khoảng trắng");
    }

    @Test
    void nothingLongerThanBcryptReads() {
        assertThat(PasswordRules.problem("a".repeat(72))).isNull();
        assertThat(PasswordRules.problem("ă".repeat(40))).contains("72");
    }

    @Test
    void aGeneratedPasswordMeetsTheRulesAndHasNoLookAlikes() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            String p = PasswordRules.generate();
            assertThat(PasswordRules.problem(p)).isNull();
            assertThat(p).hasSize(16).matches("[a-zA-Z2-9]+").doesNotContain("0", "O", "1", "l", "I");
            seen.add(p);
        }
        assertThat(seen).hasSize(200);
    }
}
