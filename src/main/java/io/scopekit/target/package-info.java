/**
 * The Target SPI: how the harness reaches an implementation under test.
 *
 * <p>A {@link io.scopekit.target.Target} opens {@link io.scopekit.target.TargetSession sessions}; a session
 * performs {@link io.scopekit.consent.Action actions}, answers prompts from a script and reports
 * {@link io.scopekit.target.Observation observations}. Calls and results are plain serialisable values so
 * that the same SPI can be spoken over HTTP/JSON by a runtime written in any language. Step definitions talk
 * only to this package; adapters live in sub-packages ({@code target.reference}, {@code target.http}, ...).
 *
 * <p>Targets are found by name through {@link java.util.ServiceLoader} ({@link io.scopekit.target.TargetFactory})
 * or named by class.
 */
@API(status = EXPERIMENTAL)
package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
