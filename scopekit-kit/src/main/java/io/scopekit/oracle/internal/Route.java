package io.scopekit.oracle.internal;

import java.util.Locale;

/**
 * The oracle's working state for one decision ({@link Request#getRoute()}): which group of rules may still act.
 *
 * <p>Every request starts on {@link #START}; the first verdict moves it off, so that no other verdict matches.
 * The rules compare and set these constants ({@code route == Route.START}, {@code setRoute( Route.CONSENT )}), so
 * a misspelt route fails the rules' compilation instead of silently matching nothing. Public because the generated
 * executable model reads it; not part of the API.
 */
public enum Route {
    /** No verdict yet: scope-status and behaviour verdicts may act. */
    START,
    /** A consent prompt was shown; the answer rules decide. */
    CONSENT,
    /** The scope needs no authorization (below its version gate, or cancelled); the call succeeded. */
    NO_AUTHORIZATION,
    /** The scope's own status leaves the result unspecified (recycled, unsupported in the container, ...). */
    UNSPECIFIED_SCOPE,
    /** The scope is authorized silently, without a consent prompt. */
    SILENT;

    /** Returns the kebab-case name shown in {@link Request#toString()}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
