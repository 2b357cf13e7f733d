package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import org.apiguardian.api.API;

/**
 * Performs actions for one user of one app and reports what the user and the app observed.
 *
 * <p>Prompts are answered from a script: {@link #script(PromptKind, Answer)} queues answers per prompt kind,
 * consumed in order as prompts of that kind are shown. A prompt shown with no scripted answer is an error of
 * the scenario; targets report it as {@link IllegalStateException}.
 */
@API(status = EXPERIMENTAL)
public interface TargetSession extends AutoCloseable {

    /** Queues the user's answer to the next prompt of {@code kind} that asks for one. */
    void script(PromptKind kind, Answer answer);

    /** Performs {@code action} and reports what was observed. */
    Observation perform(Action action);

    /** Ends the session; the default does nothing. */
    @Override
    default void close() {}
}
