package io.scopekit.target;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Spells this package's enums in kebab-case on the wire and parses them back with an error listing the choices. */
final class WireNames {
    private WireNames() {}

    static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses {@code name} in kebab-case or enum style, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming the type, the rejected name and every valid choice
     */
    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String name) {
        if (name != null) {
            String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(normalised)) {
                    return constant;
                }
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + name + "' (expected one of: " + choices + ")");
    }
}
