package io.scopekit.oracle.internal;

import io.scopekit.consent.ActionType;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.type.Modifies;

/**
 * The one per-decision fact: the situation (inputs), the rules' working state ({@code route}) and the verdict
 * the consequences fill in.
 *
 * <p>Rules change only what later rules test through {@code modify} (the route, {@code platformCleared},
 * {@code denialFailure}, the record key after a rename), and the {@link Modifies} annotations tell Drools which
 * properties each mutator changes, so a consequence re-evaluates only the patterns that depend on it. The verdict's
 * other parts (outcome, records, prompts, unspecified aspects) are written by plain calls: no rule tests them, and
 * each modify re-propagates the fact. Public because the generated executable model reads it; not part of the API.
 */
public final class Request {
    /** Wire names computed once: rules compare the action as a string, and each decision builds a Request. */
    private static final Map<ActionType, String> ACTION_NAMES = actionNames();

    private final String platform;
    private final String container;
    private final String appKind;
    private final Version clientVersion;
    private final ActionType actionType;
    private final String action;
    private final String scope;
    private final String consentAnswer;
    private final String osAnswer;
    private final boolean osPromptPending;
    private final Boolean enabled;
    private final Map<String, RecordState> recordsBefore;

    private String recordKey;
    private String state;
    private BehaviourKey behaviourKey;
    private Route route = Route.START;
    private boolean platformCleared;
    private boolean denialFailure;

    private Outcome outcome;
    private List<String> errMsgPatterns = List.of();
    private Integer errno;
    private final List<Prompt> prompts = new ArrayList<>(3);
    private Map<String, RecordState> recordsAfter;
    private Map<String, Boolean> authSetting;
    private List<String> settingsList;
    private List<String> responseFields = List.of();
    private List<String> responseFieldsOnSuccess;
    private List<String> responseFieldsOnFailure;
    private String responseFieldsReason;
    private final EnumMap<Aspect, String> unspecified = new EnumMap<>(Aspect.class);

    public Request(String platform, String container, String appKind, Version clientVersion, ActionType action,
            String scope, Map<String, RecordState> recordsBefore, String consentAnswer, String osAnswer,
            boolean osPromptPending, Boolean enabled) {
        this.platform = platform;
        this.container = container;
        this.appKind = appKind;
        this.clientVersion = clientVersion;
        this.actionType = action;
        this.action = ACTION_NAMES.get(action);
        this.scope = scope;
        this.recordsBefore = recordsBefore;
        this.consentAnswer = consentAnswer;
        this.osAnswer = osAnswer;
        this.osPromptPending = osPromptPending;
        this.enabled = enabled;
        this.recordKey = scope;
        setState(scope == null ? null : stateOf(scope));
    }

    private RecordState stateOf(String key) {
        RecordState s = recordsBefore.get(key);
        return s == null ? RecordState.NEVER_ASKED : s;
    }

    /** Sets the scope's record state and the behaviour entry that governs the action in it (null when none does). */
    private void setState(RecordState s) {
        this.state = s == null ? null : s.wireName();
        // An app-wide action has no scope; the entries that govern those do so in every state.
        this.behaviourKey = BehaviourKey.governing(actionType, s == null ? RecordState.NEVER_ASKED : s).orElse(null);
    }

    private static Map<ActionType, String> actionNames() {
        Map<ActionType, String> names = new EnumMap<>(ActionType.class);
        for (ActionType t : ActionType.values()) {
            names.put(t, t.wireName());
        }
        return names;
    }

    // ---- inputs

    public String getPlatform() { return platform; }
    public String getContainer() { return container; }
    public String getAppKind() { return appKind; }
    /** The client version; {@code null} means at or above every gate. */
    public Version getClientVersion() { return clientVersion; }
    /** The action's wire name ({@code call-api}, {@code authorize}, ...). */
    public String getAction() { return action; }
    /** The scope id the action concerns (the port's id for a port); {@code null} for app-wide actions. */
    public String getScope() { return scope; }
    /** The key the scope's record is kept under (a container's native name when it renames the scope). */
    public String getRecordKey() { return recordKey; }
    /** The record of the scope before the action: {@code never-asked}, {@code granted} or {@code denied}. */
    public String getState() { return state; }
    /** The behaviour entry that governs the action ({@link BehaviourKey#governing}), or null when none does. */
    public BehaviourKey getBehaviourKey() { return behaviourKey; }
    public String getConsentAnswer() { return consentAnswer; }
    public String getOsAnswer() { return osAnswer; }
    public boolean isOsPromptPending() { return osPromptPending; }
    public Boolean getEnabled() { return enabled; }
    public Map<String, RecordState> getRecordsBefore() { return recordsBefore; }

    // ---- working state tested by rules

    public Route getRoute() { return route; }
    public void setRoute(Route route) { this.route = route; }
    /** True once the platform has let the call through (granted, consent allowed, no authorization needed). */
    public boolean isPlatformCleared() { return platformCleared; }
    /** True when the action failed because the scope is, or has just been, denied. */
    public boolean isDenialFailure() { return denialFailure; }
    public boolean isOutcomeSettled() { return outcome != null || unspecified.containsKey(Aspect.OUTCOME); }
    public boolean isRecordsSettled() { return recordsAfter != null || unspecified.containsKey(Aspect.RECORDS); }
    public boolean isUnspecified(Aspect aspect) { return unspecified.containsKey(aspect); }

    @Modifies({"recordKey", "state", "behaviourKey"})
    public void renameTo(String nativeName) {
        this.recordKey = nativeName;
        RecordState own = recordsBefore.get(nativeName);
        // A record given under the port's own id counts too: callers need not know the container's name.
        setState(own != null ? own : stateOf(scope));
    }

    // ---- verdict

    @Modifies({"platformCleared"})
    public void succeed() {
        this.outcome = Outcome.SUCCESS;
        this.platformCleared = true;
    }

    @Modifies({"denialFailure"})
    public void failByDenial() {
        this.outcome = Outcome.FAIL;
        this.denialFailure = true;
    }

    public void done() {
        this.outcome = Outcome.DONE;
    }

    public void getSettingSucceeds() {
        this.outcome = Outcome.SUCCESS;
    }

    public void prompt(PromptKind kind) {
        prompts.add(new Prompt(kind, scope));
    }

    public void keepRecords() {
        Map<String, RecordState> after = new LinkedHashMap<>(recordsBefore);
        // One key per platform: a record given under the port's id is kept under the container's own name, where a
        // fresh answer goes too (recordAs).
        if (recordKey != null && !recordKey.equals(scope) && after.containsKey(scope)) {
            RecordState own = after.remove(scope);
            after.putIfAbsent(recordKey, own);
        }
        this.recordsAfter = after;
    }

    public void recordAs(RecordState newState) {
        Map<String, RecordState> after = new LinkedHashMap<>(recordsBefore);
        if (!recordKey.equals(scope)) {
            after.remove(scope);
        }
        after.put(recordKey, newState);
        this.recordsAfter = after;
    }

    public void resetRecords() {
        this.recordsAfter = new LinkedHashMap<>();
    }

    public void errMsg(List<String> patterns, Integer errno) {
        this.errMsgPatterns = patterns;
        this.errno = errno;
    }

    /** authSetting as getSetting reports it: granted true, denied false, never-asked scopes absent. */
    public void authSettingFromRecords() {
        Map<String, Boolean> setting = new TreeMap<>();
        recordsBefore.forEach((k, v) -> {
            if (v != RecordState.NEVER_ASKED) {
                setting.put(k, v == RecordState.GRANTED);
            }
        });
        this.authSetting = setting;
    }

    /** The scopes with a record (allowed or denied at some time), sorted. */
    public void settingsListFromRecords() {
        List<String> listed = new ArrayList<>();
        recordsBefore.forEach((k, v) -> {
            if (v != RecordState.NEVER_ASKED) {
                listed.add(k);
            }
        });
        listed.sort(null);
        this.settingsList = listed;
    }

    public void responseFields(List<String> fields) {
        this.responseFields = fields;
    }

    /**
     * Response fields that follow the outcome (Alipay's my.getAuthCode documents one shape for success, another for
     * failure); read after the rules ran, when the outcome is known. An unspecified outcome leaves them unspecified.
     */
    public void responseFieldsByOutcome(List<String> success, List<String> failure, String reason) {
        this.responseFieldsOnSuccess = List.copyOf(success);
        this.responseFieldsOnFailure = List.copyOf(failure);
        this.responseFieldsReason = reason;
    }

    public void unspecified(List<Aspect> aspects, String reason) {
        for (Aspect a : aspects) {
            unspecified.putIfAbsent(a, reason);
            clear(a);
        }
    }

    private void clear(Aspect a) {
        switch (a) {
            case OUTCOME -> outcome = null;
            case ERR_MSG -> errMsgPatterns = List.of();
            case ERRNO -> errno = null;
            case PROMPTS -> prompts.clear();
            case RECORDS -> recordsAfter = null;
            case AUTH_SETTING -> authSetting = null;
            case SETTINGS_LIST -> settingsList = null;
            case RESPONSE_FIELDS -> responseFields = List.of();
        }
    }

    // ---- read by the facade after firing

    public Outcome outcome() { return outcome; }
    public List<String> errMsgPatterns() { return errMsgPatterns; }
    public Integer errno() { return errno; }
    public List<Prompt> prompts() { return unspecified.containsKey(Aspect.PROMPTS) ? null : prompts; }
    public Map<String, RecordState> recordsAfter() { return recordsAfter; }
    public Map<String, Boolean> authSetting() { return authSetting; }
    public List<String> settingsList() { return settingsList; }
    public List<String> responseFields() {
        if (responseFieldsOnSuccess == null || unspecified.containsKey(Aspect.RESPONSE_FIELDS)) {
            return responseFields;
        }
        return outcome == Outcome.SUCCESS ? responseFieldsOnSuccess
                : outcome == Outcome.FAIL ? responseFieldsOnFailure : List.of();
    }

    public Map<Aspect, String> unspecifiedAspects() {
        if (responseFieldsOnSuccess != null && outcome == null && !unspecified.containsKey(Aspect.RESPONSE_FIELDS)) {
            Map<Aspect, String> all = new java.util.EnumMap<>(unspecified);
            all.put(Aspect.RESPONSE_FIELDS, responseFieldsReason + ", and the outcome is unspecified");
            return all;
        }
        return unspecified;
    }

    @Override
    public String toString() {
        return platform + (container == null ? "" : "/" + container) + " " + action + " " + scope + " " + state
                + " route=" + route.wireName();
    }
}
