package io.scopekit.wire;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Spells enum constants in kebab-case for the wire and parses them back with an error that lists every valid
 * choice. Internal: used by the vocabularies and SPIs only (see the package documentation).
 */
@API(status = INTERNAL)
public final class WireNames {
    private WireNames() {}

    /** The kebab-case wire name of most enums: {@code NEVER_ASKED} is {@code never-asked}. */
    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@code name} in kebab-case, snake_case or enum style; the error lists the kebab-case choices. */
    public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String name) {
        return parse(type.getSimpleName(), type, name, WireNames::of);
    }

    /** As {@link #parse(Class, String)}; the error spells each valid choice with {@code wireName}. */
    public static <E extends Enum<E>> E parse(Class<E> type, @Nullable String name,
                                              Function<? super E, String> wireName) {
        return parse(type.getSimpleName(), type, name, wireName);
    }

    /**
     * Parses {@code name} in kebab-case, snake_case or enum style, ignoring case and surrounding blanks.
     *
     * @param typeName how the error names the type (a nested enum may want its owner's name, {@code PlatformError.Kind})
     * @param wireName how the error spells each valid choice
     * @throws IllegalArgumentException naming the type, the rejected name and every valid choice
     */
    public static <E extends Enum<E>> E parse(String typeName, Class<E> type, @Nullable String name,
                                              Function<? super E, String> wireName) {
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
                "unknown " + typeName + " '" + name + "' (expected one of: " + choices + ")");
    }
}
