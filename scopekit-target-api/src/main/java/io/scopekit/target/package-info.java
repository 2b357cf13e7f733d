/**
 * The Target SPI: how the harness reaches an implementation under test (docs/target-api.md).
 *
 * <p>A {@link io.scopekit.target.Target} opens {@link io.scopekit.target.TargetSession sessions}. A session has a
 * data plane, {@link io.scopekit.target.TargetSession#perform perform} an {@link io.scopekit.consent.Action action}
 * and get an {@link io.scopekit.target.ActionResult}: an {@link io.scopekit.target.Observation observation} or a
 * {@link io.scopekit.target.TargetError target error}; and a control plane,
 * {@link io.scopekit.target.SessionControl}: script prompt answers, and optionally seed and read records. Calls
 * and results are plain values with stable wire names, so that the same SPI can be spoken over HTTP/JSON by a
 * runtime written in any language. Step definitions talk only to this package; adapters live in sub-packages
 * ({@code target.reference}, {@code target.http}, ...).
 *
 * <p>This package and {@code io.scopekit.consent} depend on nothing but the JDK, apiguardian and JSpecify
 * (checked by {@code SpiDependenciesArchitectureTest}). Nothing is {@code null} unless marked
 * {@link org.jspecify.annotations.Nullable @Nullable}.
 *
 * <p>Targets are found by name through {@link java.util.ServiceLoader} ({@link io.scopekit.target.TargetFactory})
 * or named by class.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
