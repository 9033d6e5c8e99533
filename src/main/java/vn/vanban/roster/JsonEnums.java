package vn.vanban.roster;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum values as JSON spells them: lower case with hyphens ("standing-deputy"). */
final class JsonEnums {

    private JsonEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not one of " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", ")));
    }
}
