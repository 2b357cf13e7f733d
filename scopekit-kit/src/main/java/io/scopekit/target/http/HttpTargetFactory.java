package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Registers the HTTP adapter for {@link java.util.ServiceLoader}: it accepts {@code http://} and {@code https://}
 * target specifications ({@code --target http://host:port[/base]}).
 */
@API(status = EXPERIMENTAL)
public final class HttpTargetFactory implements TargetFactory {
    /** The default timeout when none is given ({@code --target-timeout}'s default). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public HttpTargetFactory() {}

    @Override
    public String name() {
        return "http";
    }

    @Override
    public boolean accepts(String spec) {
        return isUrl(spec);
    }

    /** Without a URL there is nothing to reach. */
    @Override
    public Target create() {
        throw new IllegalArgumentException("target 'http': give the target's URL, e.g. --target http://127.0.0.1:8080");
    }

    @Override
    public Target create(String spec, Duration timeout) {
        return HttpTarget.connect(spec, timeout);
    }

    static boolean isUrl(String spec) {
        String lower = spec.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
