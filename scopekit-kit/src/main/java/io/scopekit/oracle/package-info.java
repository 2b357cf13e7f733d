/**
 * The consent oracle: says what a conforming runtime must do in a situation, and why.
 *
 * <p>Verdicts come from the Drools rules in {@code rules/consent/}; every {@link io.scopekit.oracle.Decision}
 * carries the rules that fired and the source passage each rule cites. Where the sources are silent the
 * decision marks the aspect unspecified instead of inventing behaviour. This package never depends on target
 * adapters.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
