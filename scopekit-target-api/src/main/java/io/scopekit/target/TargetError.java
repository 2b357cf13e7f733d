package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reports that a target could not handle a request, as a value: the harness records it as the result of the
 * action (checks fail with "the target raised: <i>message</i>") and it crosses HTTP like any other result.
 *
 * @param kind    what went wrong, with a stable {@link Kind#wireName() wire name}
 * @param message one line for the report, saying what was asked and what was missing
 */
@API(status = STABLE, since = "0.1")
public record TargetError(Kind kind, String message) implements ActionResult {

    /** Names what went wrong; the harness reports every kind the same way, the kind is for tools and logs. */
    @API(status = STABLE, since = "0.1")
    public enum Kind {
        /** A prompt asked for an answer that nobody scripted ({@link SessionControl#script}). */
        UNSCRIPTED_PROMPT,
        /** The target does not perform this action (its type, or the API or scope it names, is not available). */
        UNSUPPORTED_ACTION,
        /** The target does not offer this control operation ({@link Target#controlOperations()}). */
        UNSUPPORTED_CONTROL,
        /** Anything else that stopped the target from handling the request. */
        INTERNAL;

        /** Returns the kebab-case name used in the target protocol, e.g. {@code unscripted-prompt}. */
        public String wireName() {
            return WireNames.of(this);
        }

        /**
         * Parses {@code unscripted-prompt}, {@code unsupported-action}, {@code unsupported-control} or
         * {@code internal}; throws {@link IllegalArgumentException} naming the choices.
         */
        public static Kind fromWireName(String name) {
            return WireNames.parse(Kind.class, name);
        }
    }

    public TargetError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A prompt was shown that needs an answer, and none is scripted for its kind. */
    public static TargetError unscriptedPrompt(String message) {
        return new TargetError(Kind.UNSCRIPTED_PROMPT, message);
    }

    /** The action, or the API or scope it names, is not available on this target. */
    public static TargetError unsupportedAction(String message) {
        return new TargetError(Kind.UNSUPPORTED_ACTION, message);
    }

    /** The target does not offer {@code operation}. */
    public static TargetError unsupportedControl(ControlOperation operation) {
        return new TargetError(Kind.UNSUPPORTED_CONTROL,
                "the target does not support the control operation " + operation.wireName());
    }

    /** Anything else. */
    public static TargetError internal(String message) {
        return new TargetError(Kind.INTERNAL, message);
    }
}
