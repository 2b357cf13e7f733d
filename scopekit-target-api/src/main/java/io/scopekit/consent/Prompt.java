package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records one prompt shown to the user: its kind and the scope it is about.
 *
 * @param kind  what the prompt asks
 * @param scope the scope id the prompt concerns (for {@link PromptKind#OS_PERMISSION}, the scope whose API
 *              needed the device permission); {@code null} when the target does not say
 */
@API(status = STABLE, since = "0.1")
public record Prompt(PromptKind kind, @Nullable String scope) {
    public Prompt {
        Objects.requireNonNull(kind, "kind");
    }

    /** Creates a consent prompt for {@code scope}. */
    public static Prompt consent(String scope) {
        return new Prompt(PromptKind.CONSENT, scope);
    }

    /** Creates a guide-to-settings prompt for {@code scope}. */
    public static Prompt guideToSettings(String scope) {
        return new Prompt(PromptKind.GUIDE_TO_SETTINGS, scope);
    }

    /** Creates an operating-system permission prompt for the API of {@code scope}. */
    public static Prompt osPermission(String scope) {
        return new Prompt(PromptKind.OS_PERMISSION, scope);
    }

    @Override
    public String toString() {
        return kind.wireName() + "(" + scope + ")";
    }
}
