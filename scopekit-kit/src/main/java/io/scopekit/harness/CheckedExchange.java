package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.oracle.FiredRule;
import io.scopekit.target.Strictness;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one check of one aspect reads of a conversation's last exchange, in the terms of the check record.
 *
 * @param platform          the platform the exchange ran on, unless the scenario's labels name one
 * @param container         the container, or {@code null}
 * @param scope             what the exchange is about (a scope, an API, a permission), or {@code null}
 * @param aspect            the aspect's name in check records
 * @param decision          the oracle's decision
 * @param rules             the rules that fired for it
 * @param unspecifiedReason why the sources leave the aspect open, or {@code null}
 * @param unspecified       whether the decision leaves the aspect open
 * @param strictness        how strictly the target asked the aspect to be compared
 * @param targetError       the message of the error the target reported instead of an observation, or {@code null}
 * @param observation       what the target observed; {@code null} when it reported an error
 * @param evidence          what a failed comparison keeps as its note beside the observation, or {@code null}
 * @param <D>               the domain's decision type
 * @param <O>               the domain's observation type
 */
@API(status = EXPERIMENTAL)
public record CheckedExchange<D, O>(String platform, @Nullable String container, @Nullable String scope,
        String aspect, D decision, List<FiredRule> rules, @Nullable String unspecifiedReason, boolean unspecified,
        Strictness strictness, @Nullable String targetError, @Nullable O observation,
        @Nullable String evidence) {}
