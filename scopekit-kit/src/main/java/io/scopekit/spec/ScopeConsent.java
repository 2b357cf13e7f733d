package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Says whether asking for a scope shows the user a consent prompt ({@code prompt}, the default) or authorizes it
 * silently ({@code silent}, e.g. Alipay's {@code auth_base}: "静默授权，不会发起授权浮窗"), or whether the sources leave
 * asking ahead of use open ({@code ahead-unspecified}).
 *
 * @param mode prompt or silent
 * @param source where the mode is documented; empty for the default
 */
@API(status = EXPERIMENTAL)
public record ScopeConsent(Mode mode, Optional<Source> source) {

    /** The mode of a scope whose spec entry has no {@code consent}: the user is asked. */
    public static final ScopeConsent PROMPT_BY_DEFAULT = new ScopeConsent(Mode.PROMPT, Optional.empty());

    /** Creates the consent entry; neither part may be null. */
    public ScopeConsent {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
    }

    /** Tells whether the scope is authorized without any consent prompt. */
    public boolean silent() {
        return mode == Mode.SILENT;
    }

    /** How a scope is authorized. */
    @API(status = EXPERIMENTAL)
    public enum Mode {
        /** A consent prompt asks the user, whose answer decides. */
        PROMPT("prompt"),
        /** No consent prompt is shown; the scope is authorized silently. */
        SILENT("silent"),
        /**
         * A call of the scope's APIs prompts, but the cited sources disagree on what asking for the scope ahead of
         * use shows (WeChat mini-game {@code scope.userInfo}): an ahead-of-use request is unspecified.
         */
        AHEAD_UNSPECIFIED("ahead-unspecified");

        private final String id;

        Mode(String id) {
            this.id = id;
        }

        /** Returns the id used in spec files, e.g. {@code silent}. */
        public String id() {
            return id;
        }

        /**
         * Finds the mode with the given spec-file id.
         *
         * @throws IllegalArgumentException naming the valid ids when there is none
         */
        public static Mode fromId(String id) {
            for (Mode mode : values()) {
                if (mode.id.equals(id)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown consent mode '" + id + "' (expected prompt, silent or ahead-unspecified)");
        }
    }
}
