/**
 * The check contract: what a run records per comparison and what {@code explain --json} prints, defined once.
 *
 * <p>A {@link io.scopekit.check.CheckRecord} is written by the step definitions (as a Cucumber attachment of
 * media type {@value io.scopekit.check.CheckRecord#MEDIA_TYPE}) and read by the report writers; an
 * {@link io.scopekit.check.Explanation} is what {@code scopekit explain --json} prints, in a shape its domain
 * defines. Both carry the oracle's fired rules as {@link io.scopekit.check.CheckRecord.Rule} ({@code {name, file,
 * seed, section, passage}}), and {@link io.scopekit.check.CheckCodec} is the only code that turns them into JSON or back. The package sits below
 * {@code domain}, {@code steps}, {@code report} and {@code cli}: it knows the oracle's public values and aspects
 * only by their recorded names, never a domain's vocabulary, a target, a step definition, a report or the command
 * line (docs/harness-contract.md).
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
