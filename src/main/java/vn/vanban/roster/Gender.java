package vn.vanban.roster;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Stored so the decision can write Ông or Bà; unknown prints "Ông/Bà". */
public enum Gender {
    MALE, FEMALE;

    /** The JSON and template spelling: "male". */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static Gender fromJson(String value) {
        return JsonEnums.parse(Gender.class, value);
    }
}
