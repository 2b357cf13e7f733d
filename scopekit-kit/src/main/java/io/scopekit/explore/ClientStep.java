package io.scopekit.explore;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Holds one generated step of a client-side sequence: the action, and the answers the user gives should a consent
 * or an operating-system prompt show.
 *
 * @param action  what the app, the user or the device does
 * @param consent the answer to a consent prompt; {@code null} for actions that never prompt
 * @param os      for an API call, the answer to the operating system's own prompt; {@code null} when it does not ask
 */
@API(status = EXPERIMENTAL)
public record ClientStep(Action action, @Nullable Answer consent, @Nullable Answer os) {}
