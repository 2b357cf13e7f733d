package io.scopekit.target.reference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ContainerFacts;
import io.scopekit.spec.Version;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetSession;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Performs consent actions for one user of one app in the reference runtime and reports what was observed.
 *
 * <p>The session is its own control plane and offers every control operation: it scripts answers, puts the
 * session into any state ({@link #seed}) and reads the records in force ({@link #records()}) without going
 * through {@code getSetting}.
 *
 * <p>Not final, and its package-private methods are override points: the kit's mutant zoo
 * ({@code src/test/.../target/reference/ClientMutants}) builds each defective runtime by overriding one of them, so a
 * mutant differs from the reference in exactly one decision and never drifts from it elsewhere. Sessions are only
 * created by {@link ReferenceTarget} (package-private constructor), so nothing outside the package can subclass it.
 */
@API(status = EXPERIMENTAL)
public class ReferenceSession implements TargetSession, SessionControl {
    private static final String AUTHORIZE = "authorize";

    private final PlatformProfile profile;
    private final DeviceOs os;
    private final RecordStore store;
    private final Map<PromptKind, Deque<Answer>> script = new EnumMap<>(PromptKind.class);
    private String device;
    /** {@code null}: the newest client. */
    private Version clientVersion;
    private int authCodes;

    ReferenceSession(PlatformProfile profile, SessionConfig config, DeviceOs os) {
        this.profile = profile;
        this.os = os;
        this.store = new RecordStore(profile.behaviour(BehaviourKey.RECORD_SYNC));
        this.device = config.device();
        this.clientVersion = version(config.clientVersion());
    }

    /** Returns this session: it is its own control plane. */
    @Override
    public SessionControl control() {
        return this;
    }

    @Override
    public void script(PromptKind kind, Answer answer) {
        script.computeIfAbsent(Objects.requireNonNull(kind, "kind"), k -> new ArrayDeque<>())
                .add(Objects.requireNonNull(answer, "answer"));
    }

    /**
     * Sets the record of {@code scope} as if the user had answered before; {@link RecordState#NEVER_ASKED}
     * removes it. Written where the current device and client version keep records.
     *
     * @return empty when done; an {@code unsupported-action} error naming the valid scopes when the scope does not
     *     exist on this platform
     */
    @Override
    public Optional<TargetError> seed(String scope, RecordState state) {
        Objects.requireNonNull(state, "state");
        PlatformProfile.Scope known;
        try {
            known = profile.scope(scope);
        } catch (IllegalArgumentException e) {
            return Optional.of(TargetError.unsupportedAction(e.getMessage()));
        }
        // One key per platform: a renaming container keeps the record under its own name, as it keeps answers.
        keepAnswer(known, state);
        return Optional.empty();
    }

    /** Returns the records in force for the current device and client version, by scope id; never empty. */
    @Override
    public Optional<Map<String, RecordState>> records() {
        return Optional.of(Map.copyOf(store.view(device, clientVersion)));
    }

    /** Returns the current device id (changed by {@code change-device}). */
    public String device() {
        return device;
    }

    /** Returns the current client version (changed by {@code upgrade-client}); {@code null} means the newest. */
    public @Nullable String clientVersion() {
        return clientVersion == null ? null : clientVersion.toString();
    }

    /**
     * Performs {@code action}. A prompt with no scripted answer gives an {@code unscripted-prompt} error; an API,
     * scope or client version this platform does not have gives an {@code unsupported-action} error naming the
     * valid choices.
     */
    @Override
    public ActionResult perform(Action action) {
        Objects.requireNonNull(action, "action");
        try {
            return run(action);
        } catch (UnscriptedPrompt e) {
            return TargetError.unscriptedPrompt(e.getMessage());
        } catch (IllegalArgumentException e) {
            return TargetError.unsupportedAction(e.getMessage());
        }
    }

    /** Performs one action; an override point for a mutant that handles an action differently. */
    Observation run(Action action) {
        return switch (action.type()) {
            case CALL_API -> request(action.api(), profile.scopeOfApi(action.api()), action.osPromptPending(), false);
            case AUTHORIZE -> action.scope() == null ? authorizeWithoutScope() : authorize(profile.scope(action.scope()));
            case GET_SETTING -> getSetting();
            case OPEN_SETTING -> openSetting();
            case TOGGLE_SETTING -> toggle(action.scope(), Boolean.TRUE.equals(action.enabled()));
            case DELETE_APP -> {
                store.clearAll();
                yield done();
            }
            case REINSTALL -> {
                reinstall();
                yield done();
            }
            case CHANGE_DEVICE -> {
                device = Objects.requireNonNull(action.device(), "device");
                yield done();
            }
            case UPGRADE_CLIENT -> {
                Version to = version(Objects.requireNonNull(action.clientVersion(), "clientVersion"));
                store.upgrade(device, clientVersion, to);
                clientVersion = to;
                yield done();
            }
        };
    }

    /** Uninstalls and reinstalls the client on the current device; an override point (record sync defects). */
    void reinstall() {
        store.reinstall(device);
    }

    /** The records of this user and app: for mutants that lose or keep what they should not. */
    RecordStore store() {
        return store;
    }

    /** The platform (or container) this session plays. */
    PlatformProfile profile() {
        return profile;
    }

    /** The client version in force; {@code null}: the newest. */
    @Nullable Version version() {
        return clientVersion;
    }

    /** The device the session runs on now. */
    String currentDevice() {
        return device;
    }

    /**
     * Whether a denied scope is asked again; never, by the sources (seed 004 引导用户重新授权: a denied scope fails
     * without a prompt). An override point for the "prompting again after a denial" defect.
     */
    boolean askAgainWhenDenied(PlatformProfile.Scope scope, boolean ahead) {
        return false;
    }

    /** Whether a denied API call shows the guide-to-settings prompt ({@code deniedCall}); an override point. */
    boolean guideWhenDenied(boolean ahead) {
        return !ahead && "fail-and-guide-to-settings".equals(profile.behaviour(BehaviourKey.DENIED_CALL).value());
    }

    /** Whether the container supports the scope (a port's support matrix); an override point. */
    boolean supported(PlatformProfile.Scope scope) {
        return scope.supported();
    }

    /** Whether asking for the scope is silent ({@code consent: silent}); an override point. */
    boolean silent(PlatformProfile.Scope scope) {
        return scope.silent();
    }

    /** Whether the operating system's prompt comes before the platform's (never: seed 000); an override point. */
    boolean osPromptFirst() {
        return false;
    }

    /**
     * The kit's ahead-of-use request: the platform's own {@code authorize}, or, on a container whose pages show none
     * (Alipay), the consent API whose page lists the scope (my.getAuthCode); with neither, the container does not
     * have the action ({@link PlatformProfile#authorizeAnsweredBy} throws, an {@code unsupported-action} error).
     */
    private Observation authorize(PlatformProfile.Scope scope) {
        String api = profile.authorizeAnsweredBy(scope.id()).map(ContainerFacts.ConsentApi::name).orElse(AUTHORIZE);
        return request(api, scope, false, true);
    }

    /** A call of a scoped API, or an ahead-of-use request ({@code authorize}) when {@code ahead}. */
    private Observation request(String api, PlatformProfile.Scope scope, boolean osPromptPending, boolean ahead) {
        List<Prompt> prompts = new ArrayList<>();
        if (!supported(scope)) {
            return fail(api + ":fail " + scope.id() + " is not supported on " + profile.container(), prompts,
                    scope, ahead);
        }
        if (!needsAuthorization(scope)) {
            return proceed(api, scope, osPromptPending, prompts, ahead);
        }
        RecordState state = recordOf(scope);
        if (state == RecordState.NEVER_ASKED && silent(scope)) {
            // consent: silent (seed 002 scope 列表, auth_base: 静默授权，不会发起授权浮窗): no prompt, no answer,
            // so nothing to record
            return proceed(api, scope, osPromptPending, prompts, ahead);
        }
        switch (state) {
            case GRANTED:
                return proceed(api, scope, osPromptPending, prompts, ahead);
            case DENIED:
                if (!askAgainWhenDenied(scope, ahead)) {
                    if (guideWhenDenied(ahead)) {
                        prompts.add(Prompt.guideToSettings(scope.id()));
                    }
                    return fail(denyErrMsg(api, scope), prompts, scope, ahead);
                }
                // A defective runtime (mutant) asks again: fall through to the consent prompt.
            case NEVER_ASKED:
            default:
                if (osPromptPending && osPromptFirst()) {
                    Prompt os = Prompt.osPermission(scope.id());
                    prompts.add(os);
                    answer(os);
                    osPromptPending = false;
                }
                Prompt consent = Prompt.consent(scope.id());
                prompts.add(consent);
                Answer answer = answer(consent);
                keepAnswer(scope, answer == Answer.ALLOW ? RecordState.GRANTED : RecordState.DENIED);
                if (answer == Answer.DENY) {
                    return fail(denyErrMsg(api, scope), prompts, scope, ahead);
                }
                return proceed(api, scope, osPromptPending, prompts, ahead);
        }
    }

    /**
     * The record of a scope: kept under the container's own name when it renames the scope, else (or when there is
     * none under that name) under the port's id, as {@link #seed} writes it.
     */
    RecordState recordOf(PlatformProfile.Scope scope) {
        Map<String, RecordState> records = store.view(device, clientVersion);
        RecordState own = records.get(scope.recordKey());
        return own != null ? own : records.getOrDefault(scope.id(), RecordState.NEVER_ASKED);
    }

    /** A renaming container keeps the answer under its own name (the port hands the request to it). */
    void keepAnswer(PlatformProfile.Scope scope, RecordState state) {
        if (!scope.recordKey().equals(scope.id())) {
            store.put(device, clientVersion, scope.id(), RecordState.NEVER_ASKED);
        }
        store.put(device, clientVersion, scope.recordKey(), state);
    }

    /**
     * authorize() without a scope: the sources require the scope and say nothing of its absence (seed 002 参数);
     * the runtime's choice is a fail with no prompt and nothing recorded (docs/reference-runtime.md).
     */
    private Observation authorizeWithoutScope() {
        return shaped(new Observation(Outcome.FAIL, AUTHORIZE + ":fail parameter error: scope is required", null,
                List.of(), null, null, Map.of()), AUTHORIZE, null);
    }

    /**
     * Puts a failure into the container's result shape: where its pages give failures {@code error} /
     * {@code errorMessage} and no {@code errMsg} (Alipay), the text moves to {@code errorMessage}, {@code error} takes
     * the page's documented code (else {@code -1}, the reference's own) and {@code errMsg} is left out; elsewhere the
     * observation is returned as it is.
     */
    Observation shaped(Observation failure, String api, PlatformProfile.@Nullable Scope scope) {
        List<String> fields = profile.failureFields(api);
        if (failure.outcome() != Outcome.FAIL || failure.errMsg() == null || !fields.contains("error")) {
            return failure;
        }
        String code = profile.failureValue(api, "error").orElse("-1");
        Map<String, Object> response = new LinkedHashMap<>(failure.response());
        response.keySet().removeIf(k -> !fields.contains(k));
        response.put("error", code.matches("-?\\d+") ? (Object) Integer.valueOf(code) : code);
        response.put("errorMessage", failure.errMsg());
        if (fields.contains("authErrorScopes") && scope != null) {
            response.put("authErrorScopes", Map.of(scope.id(), code));
        }
        return new Observation(Outcome.FAIL, null, failure.errno(), failure.prompts(), failure.authSetting(),
                failure.settingsList(), response, failure.portRun());
    }

    /** Where there is nothing to authorize, the call goes through and nothing is recorded. */
    boolean needsAuthorization(PlatformProfile.Scope scope) {
        return scope.needsAuthorization(profile.appKind(), clientVersion);
    }

    /** The platform's own prompt comes first (seed 000, 系统接口权限); then the device's, if it is pending. */
    Observation proceed(String api, PlatformProfile.Scope scope, boolean osPromptPending, List<Prompt> prompts,
                                boolean ahead) {
        if (osPromptPending) {
            Prompt os = Prompt.osPermission(scope.id());
            prompts.add(os);
            if (answer(os) == Answer.DENY) {
                return shaped(new Observation(Outcome.FAIL, api + ":fail system permission denied", null, prompts,
                        null, null, Map.of()), api, scope);
            }
        }
        return new Observation(Outcome.SUCCESS, null, null, prompts, null, null, response(scope, true, ahead));
    }

    Observation fail(String errMsg, List<Prompt> prompts, PlatformProfile.Scope scope, boolean ahead) {
        int at = errMsg.indexOf(":fail");
        String api = at > 0 ? errMsg.substring(0, at) : AUTHORIZE;
        return shaped(new Observation(Outcome.FAIL, errMsg, null, prompts, null, null, response(scope, false, ahead)),
                api, scope);
    }

    String denyErrMsg(String api, PlatformProfile.Scope scope) {
        BehaviourParam denyErrMsg = profile.behaviour(BehaviourKey.DENY_ERR_MSG);
        if ("contains-any".equals(denyErrMsg.value()) && !denyErrMsg.patterns().isEmpty()) {
            List<String> patterns = denyErrMsg.patterns();
            return api + ":fail " + (os == DeviceOs.IOS ? patterns.get(patterns.size() - 1) : patterns.get(0));
        }
        return api + ":fail user denied " + scope.id();
    }

    /**
     * Adds the response fields of an ahead-of-use request: a port's per-container fields, or, where a consent API of
     * the platform's own container answers it (Alipay's my.getAuthCode), that API's documented success fields.
     */
    Map<String, Object> response(PlatformProfile.Scope scope, boolean success, boolean ahead) {
        if (!ahead) {
            return Map.of();
        }
        List<String> documented = profile.responseFields();
        if (documented.isEmpty()) {
            documented = profile.authorizeAnsweredBy(scope.id())
                    .map(api -> profile.successFields(api.name())).orElse(List.of());
        }
        if (documented.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String field : documented) {
            fields.put(field, switch (field) {
                case "authCode" -> success ? "reference-auth-code-" + (++authCodes) : "";
                case "authSuccessScopes" -> success ? List.of(scope.id()) : List.of();
                case "authErrorScopes" -> success ? Map.of() : Map.of(scope.id(), "denied");
                default -> "";
            });
        }
        return fields;
    }

    Observation getSetting() {
        Map<String, Boolean> authSetting = new LinkedHashMap<>();
        store.view(device, clientVersion).forEach((scope, state) ->
                authSetting.put(profile.nativeName(scope).orElse(scope), state == RecordState.GRANTED));
        return new Observation(Outcome.SUCCESS, null, null, List.of(), authSetting, null, Map.of());
    }

    /** Lists only the scopes ever requested (seed 004, 引导用户重新授权), in spec order. */
    Observation openSetting() {
        Map<String, RecordState> records = store.view(device, clientVersion);
        List<String> listed = new ArrayList<>();
        for (PlatformProfile.Scope scope : profile.scopes()) {
            if (records.containsKey(scope.id()) || records.containsKey(scope.recordKey())) {
                listed.add(scope.recordKey());
            }
        }
        // The user opens the page in the client (ActionType.OPEN_SETTING): no app callback runs.
        return new Observation(Outcome.DONE, null, null, List.of(), null, listed, Map.of());
    }

    /** A scope the page does not list has no switch: toggling it changes nothing. */
    Observation toggle(String scopeId, boolean enabled) {
        PlatformProfile.Scope scope = profile.scope(scopeId);
        Map<String, RecordState> records = store.view(device, clientVersion);
        if (records.containsKey(scope.id()) || records.containsKey(scope.recordKey())) {
            keepAnswer(scope, enabled ? RecordState.GRANTED : RecordState.DENIED);
        }
        return done();
    }

    private Answer answer(Prompt prompt) {
        Deque<Answer> answers = script.get(prompt.kind());
        if (answers == null || answers.isEmpty()) {
            throw new UnscriptedPrompt("prompt " + prompt + " was shown on " + profile.where()
                    + " but no answer is scripted for " + prompt.kind().wireName() + " prompts");
        }
        return answers.poll();
    }

    private static Version version(String text) {
        try {
            return text == null ? null : Version.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("client version: " + e.getMessage(), e);
        }
    }

    static Observation done() {
        return new Observation(Outcome.DONE, null, null, List.of(), null, null, Map.of());
    }

    /** Leaves the action at the prompt that needs an answer; {@link #perform} turns it into a {@link TargetError}. */
    private static final class UnscriptedPrompt extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnscriptedPrompt(String message) {
            super(message, null, false, false);
        }
    }
}
