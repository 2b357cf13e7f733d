/**
 * The run engine: what every way of running the kit drives — Cucumber scenarios, generated action sequences and
 * remote targets alike.
 *
 * <ul>
 *   <li>{@link io.scopekit.harness.RunResources}: the catalog, the oracle and the target of one run, handed down
 *       as one object;</li>
 *   <li>{@link io.scopekit.harness.Conversation}: one target session; threads the user's records through the
 *       oracle's decisions, scripts prompt answers, performs actions and returns both the decision and what the
 *       target did ({@link io.scopekit.harness.Exchange});</li>
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
