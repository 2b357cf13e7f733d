package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.consent.Action;
import org.apiguardian.api.API;

/**
 * Performs actions for one user of one app and reports what the user and the app observed.
 *
 * <p>A session has two planes. The data plane is {@link #perform(Action)}: what the app, the user or the device
 * do, which the harness checks. The control plane is {@link #control()}: what the harness does around the
 * actions — script prompt answers, and where the target offers it, seed and read records.
 *
 * <p>Prompts are answered from the script ({@link SessionControl#script}). A prompt shown with no scripted answer
 * is an error of the scenario; the target reports it by returning {@link TargetError#unscriptedPrompt}.
 */
@API(status = STABLE, since = "0.1")
public interface TargetSession extends AutoCloseable {

    /** Returns this session's control plane; the same object on every call. */
    SessionControl control();

    /**
     * Performs {@code action} and returns what was observed, or a {@link TargetError} when the target could not
     * handle it (a prompt nobody scripted, an action or API it does not offer).
     */
    ActionResult perform(Action action);

    /** Ends the session; the default does nothing. */
    @Override
    default void close() {}
}
