package io.scopekit.consent;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Parses wire names into enum constants with an error that lists every valid choice. */
final class Wire {
    private Wire() {}

    /** The kebab-case wire name of most enums: {@code NEVER_ASKED} is {@code never-asked}. */
    static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code name} in kebab-case, snake_case or enum style; the error lists the kebab-case choices. */
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String name) {
        return parse(type, name, Wire::kebab);
    }

    /**
     * Parses {@code name} in kebab-case, snake_case or enum style, ignoring case and surrounding blanks.
     *
     * @param wireName how the error message spells each valid choice
     * @throws IllegalArgumentException naming the type, the rejected name and every valid choice
     */
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String name, Function<? super E, String> wireName) {
        if (name != null) {
            String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(normalised)) {
                    return constant;
                }
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + name + "' (expected one of: " + choices + ")");
    }
}
