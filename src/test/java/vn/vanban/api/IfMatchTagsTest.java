package vn.vanban.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.problem.InvalidHeaderException;
import vn.vanban.problem.ProblemType;
import vn.vanban.roster.StaleRosterException;

class IfMatchTagsTest {

    @ParameterizedTest
    @ValueSource(strings = {",", " , ,", "", "   ", "W/", "W/\"", "\"", "\"7", "7", "abc", "\"7\"x", "\"7\" \"8\"",
            "*, \"7\"", "\"7\", *", "W/7", "\"a b\"", "\"7\";", "**", "\"\u0001\""})
    void aValueThatIsNotAnEntityTagListIsRefused(String header) {
        assertThatThrownBy(() -> IfMatchTags.parse(header)).isInstanceOfSatisfying(InvalidHeaderException.class,
                e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_HEADER));
    }

    @Test
    void listsSkipEmptyElementsAndKeepWeakAndStrongTags() {
        assertThat(IfMatchTags.parse("\"7\", ,W/\"8\" ,\"\"")).containsExactly("\"7\"", "W/\"8\"", "\"\"");
        assertThat(IfMatchTags.parse(" * ")).containsExactly("*");
    }

    @Test
    void oneStrongTagIsTheVersionTheStoreCompares() {
        assertThat(EntityTags.expectedVersion("\"7\"", "26734", () -> 9L)).isEqualTo(7L);
        assertThat(EntityTags.expectedVersion(null, "26734", () -> 9L)).isNull();
    }

    @Test
    void severalTagsMatchWhenOneOfThemIsTheCurrentVersion() {
        assertThat(EntityTags.expectedVersion("\"3\", \"9\"", "26734", () -> 9L)).isEqualTo(9L);
        assertThatThrownBy(() -> EntityTags.expectedVersion("\"3\", \"4\"", "26734", () -> 9L))
                .isInstanceOf(StaleRosterException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"W/\"9\"", "\"x\"", "\"99999999999999999999999\"", "\"-1\"", "\"\""})
    void aWeakTagOrOneWeNeverIssuedNeverMatches(String header) {
        assertThatThrownBy(() -> EntityTags.expectedVersion(header, "26734", () -> 9L)).isInstanceOf(StaleRosterException.class);
    }
}
