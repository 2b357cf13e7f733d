/**
 * The consent vocabulary shared by the specs, the oracle, the Target SPI and the harness: actions, answers,
 * prompts, outcomes, record states and the spec format's behaviour keys.
 *
 * <p>Everything here is a plain value (enums and records of strings, numbers, lists and maps) so that it
 * crosses process boundaries unchanged — the HTTP/JSON adapter protocol and the Node host serialise these
 * types as they are. Every enum has a stable {@code wireName()} and {@code fromWireName(String)}; nothing is
 * {@code null} unless marked {@link org.jspecify.annotations.Nullable @Nullable} (docs/target-api.md).
 *
 * <p>Like {@code io.scopekit.target}, this package depends on nothing but the JDK, apiguardian and JSpecify.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
