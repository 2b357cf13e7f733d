/**
 * The domains of the kit, one package each ({@code domain.consent}, {@code domain.permission}): what the engine
 * needs of a domain and does not write itself — its conversation (built on {@link io.scopekit.harness.SessionCalls}
 * and {@link io.scopekit.harness.SessionConversation}, a {@link io.scopekit.harness.CheckSource} the one
 * {@link io.scopekit.harness.CheckRecorder} reads), its exchanges and observation views, and its {@code explain}
 * (an {@link io.scopekit.domain.Explainer} answering with a {@link io.scopekit.domain.DomainExplanation}: its JSON
 * shape and its text, which {@link io.scopekit.domain.ExplanationLines} lays out alike for all). Each domain is
 * registered once, as a {@link io.scopekit.harness.RunDomain} for {@link java.util.ServiceLoader}, and found
 * through {@link io.scopekit.domain.Domains}. The engine ({@code harness}, {@code check},
 * {@code report}, {@code run}, {@code cli}) names no domain; a domain package names its own vocabulary.
 * docs/architecture.md, "A new domain", says what else a domain brings.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.domain;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
