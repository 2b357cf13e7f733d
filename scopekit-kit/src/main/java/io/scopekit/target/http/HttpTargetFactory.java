package io.scopekit.target.http;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Registers the HTTP adapter for {@link java.util.ServiceLoader}: it accepts {@code http://} and {@code https://}
 * target specifications ({@code --target http://host:port[/base]}).
 */
@API(status = EXPERIMENTAL)
public final class HttpTargetFactory extends UrlTargetFactory<Target> implements TargetFactory {
    /** The default timeout when none is given ({@code --target-timeout}'s default). */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public HttpTargetFactory() {
        super(HttpTarget::connect);
    }
}
