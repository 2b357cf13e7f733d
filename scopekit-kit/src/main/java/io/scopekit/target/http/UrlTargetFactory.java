package io.scopekit.target.http;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The HTTP adapter's factory, for either side of the SPI ({@link HttpTargetFactory}, {@link
 * HttpPermissionTargetFactory}): both are named {@code http}, accept the same {@code http(s)://} specifications and
 * refuse to create a target without one; only what a URL connects to differs.
 *
 * @param <T> the side's target type
 */
abstract class UrlTargetFactory<T> {
    private final BiFunction<String, Duration, ? extends T> connect;

    UrlTargetFactory(BiFunction<String, Duration, ? extends T> connect) {
        this.connect = connect;
    }

    public String name() {
        return "http";
    }

    public boolean accepts(String spec) {
        String lower = spec.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Without a URL there is nothing to reach. */
    public T create() {
        throw new IllegalArgumentException("target 'http': give the target's URL, e.g. --target http://127.0.0.1:8080");
    }

    public T create(String spec, Duration timeout) {
        return connect.apply(spec, timeout);
    }
}
