package io.scopekit.target;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Sets up and inspects one session from outside the app — the control plane — as opposed to the actions the app,
 * the user or the device perform ({@link TargetSession#perform}, the data plane).
 *
 * <p>Scripting prompt answers is required of every target. Seeding and reading records are optional: a target
 * that cannot do them keeps the defaults, which answer with a value ({@link TargetError.Kind#UNSUPPORTED_CONTROL}
 * or an empty result), and leaves them out of {@link Target#controlOperations()}. The harness establishes the
 * records a scenario starts from the documented way, through actions, whether or not a target can seed them.
 *
 * <p>A session class may implement this interface itself and return {@code this} from
 * {@link TargetSession#control()}.
 */
@API(status = STABLE, since = "0.1")
public interface SessionControl {

    /**
     * Queues the user's answer to the next prompt of {@code kind} that asks for one; answers of one kind are
     * consumed in order.
     */
    void script(PromptKind kind, Answer answer);

    /**
     * Puts the user's record of {@code scope} in {@code state} as if the user had answered before;
     * {@link RecordState#NEVER_ASKED} removes it.
     *
     * @return empty when done; otherwise why not: {@link TargetError.Kind#UNSUPPORTED_CONTROL} when the target
     *     cannot seed records (the default), {@link TargetError.Kind#UNSUPPORTED_ACTION} for a scope it does not know
     */
    default Optional<TargetError> seed(String scope, RecordState state) {
        return Optional.of(TargetError.unsupportedControl(ControlOperation.SEED_RECORDS));
    }

    /**
     * Returns the records in force for the current device and client version, by scope id (a scope never asked
     * is absent); empty when the target cannot read them (the default).
     */
    default Optional<Map<String, RecordState>> records() {
        return Optional.empty();
    }
}
