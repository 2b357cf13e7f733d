package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Signals that a text read as a check record is not one (not JSON, or not an object of the record's shape). */
@API(status = EXPERIMENTAL)
public final class MalformedCheckRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedCheckRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
