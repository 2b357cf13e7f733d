package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Signals a plan the model cannot answer: an unknown API, field or identity, or a requirement nothing satisfies. */
@API(status = EXPERIMENTAL)
public final class PlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming what was given and what was expected. */
    public PlanException(String message) {
        super(message);
    }
}
