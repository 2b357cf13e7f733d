package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reports that a permission target could not handle a request or a control operation, as a value (the harness
 * records it as the request's result). A platform's own refusal (an error code) is not this: it is an
 * observation.
 *
 * @param kind    what went wrong, with a stable wire name
 * @param message one line for the report, saying what was asked and what was missing
 */
@API(status = STABLE, since = "0.1")
public record PlatformError(Kind kind, String message) implements PlatformResult {

    /** Names what went wrong. */
    @API(status = STABLE, since = "0.1")
    public enum Kind {
        /** The target does not perform this request (its kind, step or the API it names). */
        UNSUPPORTED_REQUEST,
        /** The target does not offer this control operation ({@link PermissionTarget#controlOperations()}). */
        UNSUPPORTED_CONTROL,
        /** The request names a tenant, app or user the target does not have. */
        UNKNOWN_ENTITY,
        /** Anything else that stopped the target. */
        INTERNAL;

        /** Returns the kebab-case wire name, e.g. {@code unsupported-request}. */
        public String wireName() {
            return WireNames.of(this);
        }

        /** Parses a wire name (or the constant's own spelling, any case); the error lists the choices. */
        public static Kind fromWireName(String name) {
            return WireNames.parse("PlatformError.Kind", Kind.class, name, Kind::wireName);
        }
    }

    public PlatformError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** The request is not available on this target. */
    public static PlatformError unsupportedRequest(String message) {
        return new PlatformError(Kind.UNSUPPORTED_REQUEST, message);
    }

    /** The target does not offer {@code operation}. */
    public static PlatformError unsupportedControl(PlatformControlOperation operation) {
        return new PlatformError(Kind.UNSUPPORTED_CONTROL,
                "the target does not support the control operation " + operation.wireName());
    }

    /** A tenant, app or user is unknown. */
    public static PlatformError unknownEntity(String message) {
        return new PlatformError(Kind.UNKNOWN_ENTITY, message);
    }

    /** Anything else. */
    public static PlatformError internal(String message) {
        return new PlatformError(Kind.INTERNAL, message);
    }
}
