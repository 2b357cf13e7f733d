/**
 * The consent domain (client platforms and ports): {@link io.scopekit.domain.consent.Conversation} (one target
 * session, the user's records threaded through the consent oracle's decisions), its
 * {@link io.scopekit.domain.consent.Exchange}s and the consent part of the {@code explain} text
 * ({@link io.scopekit.domain.consent.ExplanationText}).
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.domain.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
