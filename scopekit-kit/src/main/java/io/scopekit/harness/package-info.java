/**
 * The run engine: what every way of running the kit drives — Cucumber scenarios, generated action sequences and
 * remote targets alike.
 *
 * <ul>
 *   <li>{@link io.scopekit.harness.RunResources}: the catalog of one run and each domain's parts (its oracle, its
 *       target), held by {@link io.scopekit.harness.RunResource} key and handed down as one object; a domain registers
 *       once, as a {@link io.scopekit.harness.RunDomain} for {@link java.util.ServiceLoader};</li>
 *   <li>{@link io.scopekit.harness.SessionCalls} and {@link io.scopekit.harness.SessionConversation}: the core
 *       of every domain's conversation (lazy open, bounded calls, abandon after a timeout, bounded close, wire-log
 *       draining); the conversations themselves are their domain's ({@code io.scopekit.domain.consent},
 *       {@code io.scopekit.domain.permission});</li>
 *   <li>{@link io.scopekit.harness.CheckRecorder}: compares one aspect three ways (stated by the caller, decided by
 *       the oracle, observed on the target) under the target's strictness and records a
 *       {@link io.scopekit.check.CheckRecord}; typed by its domain, it reads any conversation that is a
 *       {@link io.scopekit.harness.CheckSource} the same way;</li>
 *   <li>{@link io.scopekit.harness.TargetResolver}: {@code --target} resolved for any domain's SPI
 *       ({@link io.scopekit.harness.Targets}, {@link io.scopekit.harness.PermissionTargets});</li>
 *   <li>{@link io.scopekit.harness.FeatureRun}: runs Gherkin features on the JUnit Platform, the entry point of
 *       {@code verify}.</li>
 * </ul>
 *
 * <p>Nothing here depends on Cucumber's Java API: step definitions ({@code io.scopekit.steps}) are thin adapters
 * from Gherkin to this package.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
