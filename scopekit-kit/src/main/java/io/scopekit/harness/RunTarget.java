package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Coverage;
import io.scopekit.target.TargetIdentity;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A domain's run target as the certificate's probe reads it ({@link RunDomain#runTarget()}): the key the domain's
 * conversations share, how its target says who it is, and, for a domain whose targets declare what they implement,
 * how it says that. The probe asks the registered domains in order and takes the first whose resolver knows the
 * {@code --target}, so a new domain's targets are probed with no edit to {@code run} or {@code harness}.
 *
 * @param key      the run's target of the domain
 * @param identity asks the target who it is
 * @param coverage asks the target what it implements; {@code null} when the domain's targets implement everything
 * @param <T>      the domain's target type
 */
@API(status = EXPERIMENTAL)
public record RunTarget<T>(RunResource<T> key, Function<T, TargetIdentity> identity,
        @Nullable Function<T, Coverage> coverage) {
    public RunTarget {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(identity, "identity");
    }
}
