package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Signals that a target could not be reached at all; the CLI exits with code 3. */
@API(status = EXPERIMENTAL)
public class TargetUnreachableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TargetUnreachableException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    public TargetUnreachableException(String message) {
        super(message);
    }
}
