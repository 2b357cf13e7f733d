package io.scopekit.harness;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Renders values for check records and messages in a stable order. */
final class Text {
    private Text() {}

    static String of(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        return String.valueOf(value);
    }
}
