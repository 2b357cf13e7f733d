package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Describes the state of one user's app and the action about to happen.
 *
 * @param platform      platform spec id
 * @param container     container id for a port ({@code uni-authorize}); {@code null} otherwise
 * @param appKind       {@code mini-program} or {@code mini-game}
 * @param clientVersion host client version; {@code null} means "at or above every gate"
 * @param records       the records kept before the action, by scope id; a scope absent is never asked
 * @param action        what happens
 * @param consentAnswer the user's answer if a consent prompt is shown; {@code null} when none is scripted
 * @param osAnswer      the user's answer if an operating-system prompt is shown; {@code null} when none is scripted
 */
@API(status = EXPERIMENTAL)
public record Situation(
        String platform,
        String container,
        String appKind,
        String clientVersion,
        Map<String, RecordState> records,
        Action action,
        Answer consentAnswer,
        Answer osAnswer) {

    public Situation {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(appKind, "appKind");
        Objects.requireNonNull(action, "action");
        records = records == null ? Map.of() : Map.copyOf(records);
    }
}
