package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Says what a target implements: the platforms (spec ids), the containers of a port and the app kinds it opens
 * sessions for. {@code verify} runs only the scenarios of the declared platforms, and a {@code --platform} the target
 * does not declare is a usage error.
 *
 * <p>An empty set means <em>every one</em>: a target that declares nothing ({@link #EVERYTHING}, the default of
 * {@link Target#coverage()}) is run on every platform, as targets written before this declaration are. A runtime of
 * one platform declares it, e.g. {@code Coverage.platforms("wechat-miniprogram")}, and is then judged on that
 * platform only.
 *
 * @param platforms  platform spec ids, e.g. {@code wechat-miniprogram}; empty: every platform
 * @param containers containers of a port (spec kind {@code port-matrix}), e.g. {@code alipay}; empty: every one
 * @param appKinds   app kinds, e.g. {@code mini-program}; empty: every one
 */
@API(status = STABLE, since = "0.1")
public record Coverage(Set<String> platforms, Set<String> containers, Set<String> appKinds) {

    /** Declares nothing: every platform, container and app kind (the default). */
    public static final Coverage EVERYTHING = new Coverage(Set.of(), Set.of(), Set.of());

    /** Copies the sets, sorted, so that reports list them in a stable order. */
    public Coverage {
        platforms = sorted(platforms, "platforms");
        containers = sorted(containers, "containers");
        appKinds = sorted(appKinds, "appKinds");
    }

    /** Declares these platforms, every container and app kind of them. */
    public static Coverage platforms(String... platforms) {
        return new Coverage(Set.of(platforms), Set.of(), Set.of());
    }

    /** Returns whether {@code platform} is declared (always, when no platform is declared). */
    public boolean coversPlatform(String platform) {
        return platforms.isEmpty() || platforms.contains(platform);
    }

    /** Returns whether a session of {@code config} is within what the target declares. */
    public boolean covers(SessionConfig config) {
        return coversPlatform(config.platform())
                && (config.container() == null || containers.isEmpty() || containers.contains(config.container()))
                && (appKinds.isEmpty() || appKinds.contains(config.appKind()));
    }

    private static Set<String> sorted(Set<String> values, String name) {
        Objects.requireNonNull(values, name);
        if (values.stream().anyMatch(v -> v == null || v.isBlank())) {
            throw new IllegalArgumentException(name + ": a blank or null entry in " + Arrays.toString(values.toArray()));
        }
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
