package io.scopekit.oracle;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Builds a {@link Situation} from a question about one scope, in the words of {@code scopekit explain}: platform,
 * scope and its record, action (with API or toggle), answers, client version, app kind and container.
 *
 * <p>Names are checked against the specs, so a typo fails here with the valid choices listed rather than as an
 * oracle verdict about a scope that does not exist. The container and the client version are checked by the
 * oracle when it decides.
 */
@API(status = EXPERIMENTAL)
public final class Situations {

    private final SpecCatalog catalog;

    private Situations(SpecCatalog catalog) {
        this.catalog = catalog;
    }

    /** Returns a factory of situations on the platforms and ports of {@code catalog}. */
    public static Situations on(SpecCatalog catalog) {
        return new Situations(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * A question about one scope, every value as typed on the command line ({@code null} when not given).
     *
     * @param platform      platform or port id (required)
     * @param container     container of a port
     * @param appKind       {@code mini-program} or {@code mini-game}; {@code null}: the platform's first
     * @param clientVersion host client version; {@code null}: at or above every gate. For {@code upgrade-client}
     *                      the new version (then required)
     * @param scope         scope id (required)
     * @param state         the scope's record before the action: {@code never-asked} (when {@code null}),
     *                      {@code granted} or {@code denied}
     * @param action        action wire name (required), e.g. {@code call-api}
     * @param api           API to call for {@code call-api}; {@code null}: the scope's first API
     * @param answer        the user's answer to a consent prompt, {@code allow} or {@code deny}
     * @param osAnswer      for {@code call-api}: the API also needs a device permission, and this is the answer to
     *                      the operating-system prompt
     * @param toggle        for {@code toggle-setting} (then required): {@code on} or {@code off}
     */
    public record Question(String platform, String container, String appKind, String clientVersion, String scope,
            String state, String action, String api, String answer, String osAnswer, String toggle) {}

    /**
     * Returns the situation {@code question} describes.
     *
     * @throws IllegalArgumentException naming the valid choices when the platform, scope, API, action, state,
     *                                  answer or app kind is unknown, or a value the action needs is missing
     */
    public Situation situation(Question q) {
        ActionType type = ActionType.fromWireName(q.action());
        RecordState before = state(q);
        List<String> apis = apisOf(q.platform(), q.scope());
        String kind = q.appKind() != null ? AppKind.fromId(q.appKind()).id() : defaultAppKind(q.platform());
        Action action = switch (type) {
            case CALL_API -> {
                if (q.api() != null && !apis.contains(q.api())) {
                    throw new IllegalArgumentException("API '" + q.api() + "' is not guarded by " + q.scope()
                            + " on " + q.platform() + " (its APIs: " + String.join(", ", apis) + ")");
                }
                if (apis.isEmpty()) {
                    throw new IllegalArgumentException("call-api: the spec of " + q.platform() + " names no API "
                            + "guarded by " + q.scope() + ", so there is none to call (ask about another action, "
                            + "e.g. authorize)");
                }
                String name = q.api() != null ? q.api() : apis.get(0);
                yield q.osAnswer() != null ? Action.callApiWithOsPrompt(name) : Action.callApi(name);
            }
            case AUTHORIZE -> Action.authorize(q.scope());
            case GET_SETTING -> Action.getSetting();
            case OPEN_SETTING -> Action.openSetting();
            case TOGGLE_SETTING -> {
                if (q.toggle() == null || !(q.toggle().equals("on") || q.toggle().equals("off"))) {
                    throw new IllegalArgumentException("toggle-setting needs --toggle on|off");
                }
                yield Action.toggleSetting(q.scope(), q.toggle().equals("on"));
            }
            case DELETE_APP -> Action.deleteApp();
            case REINSTALL -> Action.reinstall();
            case CHANGE_DEVICE -> Action.changeDevice("another-device");
            case UPGRADE_CLIENT -> {
                if (q.clientVersion() == null) {
                    throw new IllegalArgumentException("upgrade-client needs --client-version (the new version)");
                }
                yield Action.upgradeClient(q.clientVersion());
            }
        };
        Map<String, RecordState> records = new LinkedHashMap<>();
        if (before != RecordState.NEVER_ASKED) {
            records.put(q.scope(), before);
        }
        return new Situation(q.platform(), q.container(), kind, q.clientVersion(), records, action,
                q.answer() == null ? null : Answer.fromWireName(q.answer()),
                q.osAnswer() == null ? null : Answer.fromWireName(q.osAnswer()));
    }

    /**
     * Returns the scope that guards {@code api} on {@code platform}.
     *
     * @throws IllegalArgumentException naming the platform when no scope of it guards the API
     */
    public String scopeOfApi(String platform, String api) {
        List<String> scopes = new ArrayList<>();
        catalog.platform(platform).ifPresent(p -> p.scopes().stream().filter(s -> s.apis().contains(api))
                .forEach(s -> scopes.add(s.id())));
        catalog.portMatrix(platform).ifPresent(p -> p.scopes().stream().filter(s -> s.apis().contains(api))
                .forEach(s -> scopes.add(s.id())));
        if (catalog.platform(platform).isEmpty() && catalog.portMatrix(platform).isEmpty()) {
            apisOf(platform, null); // throws, naming the valid platforms
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("API '" + api + "' is guarded by no scope of " + platform);
        }
        return scopes.get(0);
    }

    /** Returns the question's record state, {@code never-asked} when it names none. */
    public static RecordState state(Question q) {
        return q.state() == null ? RecordState.NEVER_ASKED : RecordState.fromWireName(q.state());
    }

    /** The APIs the scope guards; throws naming the valid platforms or scopes. */
    private List<String> apisOf(String platform, String scope) {
        if (catalog.platform(platform).isPresent()) {
            ClientPlatformSpec p = catalog.platform(platform).get();
            return p.scope(scope).map(ScopeSpec::apis).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scope '" + scope + "' of " + platform + " (expected one of: "
                            + String.join(", ", new TreeSet<>(p.scopes().stream().map(ScopeSpec::id).toList())) + ")"));
        }
        if (catalog.portMatrix(platform).isPresent()) {
            PortMatrixSpec p = catalog.portMatrix(platform).get();
            return p.scope(scope).map(PortScope::apis).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scope '" + scope + "' of " + platform + " (expected one of: "
                            + String.join(", ", new TreeSet<>(p.scopes().stream().map(PortScope::id).toList())) + ")"));
        }
        List<String> valid = new ArrayList<>();
        catalog.clientPlatforms().forEach(p -> valid.add(p.id()));
        catalog.portMatrices().forEach(p -> valid.add(p.id()));
        throw new IllegalArgumentException("unknown platform '" + platform + "' (expected one of: "
                + String.join(", ", new TreeSet<>(valid)) + ")");
    }

    private String defaultAppKind(String platform) {
        return catalog.platform(platform).map(p -> p.appKinds().get(0).id()).orElse(AppKind.MINI_PROGRAM.id());
    }
}
