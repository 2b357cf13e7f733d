package io.scopekit.harness;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Names what a run of actions is about in the reports: its requirement id, platform and summary column.
 *
 * @param requirement the requirement id, e.g. {@code FG-DENIED-CALL}; {@code null} when there is none
 * @param platform    the platform it is filed under; {@code null}: the conversation's platform
 * @param behaviour   the summary matrix column, e.g. {@code denied-call}; {@code null} when there is none
 */
@API(status = EXPERIMENTAL)
public record ScenarioLabels(@Nullable String requirement, @Nullable String platform, @Nullable String behaviour) {

    /** Reads the labels from scenario tags {@code @req-}, {@code @platform-} and {@code @behaviour-}. */
    public static ScenarioLabels fromTags(Collection<String> tags) {
        return new ScenarioLabels(tag(tags, "@req-"), tag(tags, "@platform-"), tag(tags, "@behaviour-"));
    }

    private static @Nullable String tag(Collection<String> tags, String prefix) {
        return tags.stream().filter(tag -> tag.startsWith(prefix)).map(tag -> tag.substring(prefix.length()))
                .findFirst().orElse(null);
    }
}
