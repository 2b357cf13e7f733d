package io.scopekit.consent;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Names one {@code behaviour} entry of the spec format, with the decision aspects it affects and the action and
 * record state it governs.
 *
 * <p>The spec format's vocabulary, the same for every platform: each platform spec gives every key a value
 * (docs/spec-format.md, {@code behaviour:}), and the JSON Schema lists the keys in this order. A key either
 * <em>governs</em> an action in some record states (the oracle's verdict for that action acts on the key's value:
 * {@link #DENIED_CALL} governs {@link ActionType#CALL_API} on a {@link RecordState#DENIED} scope), or it is a
 * <em>modifier</em> that governs no action and refines what another key's verdict decided ({@link #DENY_ERR_MSG},
 * {@link #RECORD_KEPT}, {@link #OS_PROMPT_ORDER}). At most one key governs an action in a given state;
 * every action has one.
 */
@API(status = EXPERIMENTAL)
public enum BehaviourKey {
    /** Calling an API whose scope is granted. */
    GRANTED_CALL("grantedCall", "Calling an API of a scope the user granted",
            Affects.CALL, EnumSet.of(ActionType.CALL_API), EnumSet.of(RecordState.GRANTED)),
    /** Calling an API whose scope was never asked for. */
    NEVER_ASKED_CALL("neverAskedCall", "Calling an API of a scope the user was never asked about",
            Affects.CALL, EnumSet.of(ActionType.CALL_API),
            EnumSet.of(RecordState.NEVER_ASKED)),
    /** Calling an API whose scope is denied. */
    DENIED_CALL("deniedCall", "Calling an API of a scope the user denied",
            Affects.CALL, EnumSet.of(ActionType.CALL_API), EnumSet.of(RecordState.DENIED)),
    /** Asking for a scope ahead of use while it is never asked or granted. */
    AUTHORIZE_AHEAD("authorizeAhead", "Asking for a scope ahead of the call (authorize)",
            Affects.CALL, EnumSet.of(ActionType.AUTHORIZE),
            EnumSet.of(RecordState.NEVER_ASKED, RecordState.GRANTED)),
    /** Asking for a scope ahead of use while it is denied. */
    AUTHORIZE_WHEN_DENIED("authorizeWhenDenied", "Asking again for a scope the user denied",
            Affects.CALL, EnumSet.of(ActionType.AUTHORIZE),
            EnumSet.of(RecordState.DENIED)),
    /** Modifier: the errMsg (and errno) of any failure caused by a denial. */
    DENY_ERR_MSG("denyErrMsg", "The error message a denied call reports",
            List.of(Aspect.ERR_MSG, Aspect.ERRNO), EnumSet.noneOf(ActionType.class),
            EnumSet.noneOf(RecordState.class)),
    /** Reading the authorization settings, whatever the records. */
    GET_SETTING("getSetting", "Reading the user's authorization records (getSetting)",
            List.of(Aspect.OUTCOME, Aspect.AUTH_SETTING, Aspect.PROMPTS, Aspect.RECORDS),
            EnumSet.of(ActionType.GET_SETTING), EnumSet.allOf(RecordState.class)),
    /**
     * Opening the settings page: which scopes it lists. Switching a never-asked scope also consults it (a scope the
     * page does not list cannot be switched), but {@link #OPEN_SETTING_TOGGLE} governs that action.
     */
    SETTINGS_PAGE_LISTS("settingsPageLists", "Which scopes the settings page lists",
            List.of(Aspect.SETTINGS_LIST, Aspect.RECORDS),
            EnumSet.of(ActionType.OPEN_SETTING), EnumSet.allOf(RecordState.class)),
    /** Switching a scope on or off in the settings page. */
    OPEN_SETTING_TOGGLE("openSettingToggle", "Switching a scope on or off in the settings page",
            List.of(Aspect.RECORDS), EnumSet.of(ActionType.TOGGLE_SETTING),
            EnumSet.allOf(RecordState.class)),
    /** Modifier: whether the answer to a consent prompt is recorded. */
    RECORD_KEPT("recordKept", "How long an authorization record is kept",
            List.of(Aspect.RECORDS), EnumSet.noneOf(ActionType.class),
            EnumSet.noneOf(RecordState.class)),
    /** Deleting the app from the app list: what becomes of the records. */
    DELETE_APP("deleteApp", "What deleting the app does to its records",
            List.of(Aspect.RECORDS), EnumSet.of(ActionType.DELETE_APP),
            EnumSet.allOf(RecordState.class)),
    /** Reinstalling the client, changing device or upgrading the client: whether the records survive. */
    RECORD_SYNC("recordSync", "Whether records follow the user across devices",
            List.of(Aspect.RECORDS),
            EnumSet.of(ActionType.REINSTALL, ActionType.CHANGE_DEVICE, ActionType.UPGRADE_CLIENT),
            EnumSet.allOf(RecordState.class)),
    /** Modifier: the order of the platform's and the operating system's prompts on a call that needs both. */
    OS_PROMPT_ORDER("osPromptOrder", "The order of the platform's and the operating system's prompts",
            List.of(Aspect.PROMPTS), EnumSet.noneOf(ActionType.class),
            EnumSet.noneOf(RecordState.class));

    /** Aspect lists shared by several keys (enum constants cannot refer to the enum's own static fields). */
    private static final class Affects {
        static final List<Aspect> CALL =
                List.of(Aspect.OUTCOME, Aspect.ERR_MSG, Aspect.ERRNO, Aspect.PROMPTS, Aspect.RECORDS);
    }

    /** The governing key by action and record state ordinal; null where no key governs. */
    private static final BehaviourKey[][] GOVERNING =
            new BehaviourKey[ActionType.values().length][RecordState.values().length];

    private static final List<String> WIRE_NAMES =
            Arrays.stream(values()).map(BehaviourKey::wireName).toList();

    static {
        for (BehaviourKey key : values()) {
            for (ActionType action : key.actions) {
                for (RecordState state : key.states) {
                    BehaviourKey other = GOVERNING[action.ordinal()][state.ordinal()];
                    if (other != null) {
                        // Two verdicts for one situation would make the oracle's answer depend on rule order.
                        throw new IllegalStateException(other + " and " + key + " both govern " + action + " on "
                                + state);
                    }
                    GOVERNING[action.ordinal()][state.ordinal()] = key;
                }
            }
        }
    }

    private final String wireName;
    private final String title;
    private final List<Aspect> affects;
    private final Set<ActionType> actions;
    private final Set<RecordState> states;

    BehaviourKey(String wireName, String title, List<Aspect> affects, EnumSet<ActionType> actions,
                 EnumSet<RecordState> states) {
        this.wireName = wireName;
        this.title = title;
        this.affects = affects;
        this.actions = Collections.unmodifiableSet(actions);
        this.states = Collections.unmodifiableSet(states);
    }

    /** Returns the key as written in a platform spec's {@code behaviour:} map and in the JSON Schema. */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns what the entry is about in plain words, for a reader who does not know the wire name (the
     * documentation site titles each behaviour with it), e.g. {@code Calling an API of a scope the user denied}.
     */
    public String title() {
        return title;
    }

    /**
     * Returns the decision aspects this entry decides; a platform that values it {@code unspecified} leaves exactly
     * these aspects unspecified.
     */
    public List<Aspect> affects() {
        return affects;
    }

    /** Returns the actions this entry governs; empty for a modifier. */
    public Set<ActionType> actions() {
        return actions;
    }

    /** Returns the record states of the action's scope in which this entry governs; empty for a modifier. */
    public Set<RecordState> states() {
        return states;
    }

    /** Tells whether this entry governs no action but refines what another entry decided. */
    public boolean isModifier() {
        return actions.isEmpty();
    }

    /**
     * Returns the entry that governs {@code action} on a scope whose record is {@code state}, empty when none does
     * (none does today; kept for a future action).
     *
     * @param state the scope's record; {@link RecordState#NEVER_ASKED} for an app-wide action (the entries that govern
     *              those do so in every state)
     */
    public static Optional<BehaviourKey> governing(ActionType action, RecordState state) {
        return Optional.ofNullable(GOVERNING[action.ordinal()][state.ordinal()]);
    }

    /** Returns every key's wire name, in the order of the spec format (and of {@link #values()}). */
    public static List<String> wireNames() {
        return WIRE_NAMES;
    }

    /** Parses a wire name ({@code deniedCall}); throws {@link IllegalArgumentException} naming the choices. */
    public static BehaviourKey fromWireName(String name) {
        for (BehaviourKey key : values()) {
            if (key.wireName.equals(name)) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown behaviour key '" + name + "' (expected one of: "
                + WIRE_NAMES.stream().collect(Collectors.joining(", ")) + ")");
    }
}
