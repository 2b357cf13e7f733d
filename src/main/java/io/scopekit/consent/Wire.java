package io.scopekit.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses kebab-case wire names into enum constants with an error that lists every valid choice. */
final class Wire {
    private Wire() {}

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name != null) {
            String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(normalised)) {
                    return constant;
                }
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + name + "' (expected one of: " + choices + ")");
    }
}
