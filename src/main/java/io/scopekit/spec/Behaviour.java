package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Holds the observable authorization behaviour of a platform or port: one {@link BehaviourParam} per key of
 * {@link #KEYS}, all present.
 *
 * @param params parameters by key, in {@link #KEYS} order
 */
@API(status = EXPERIMENTAL)
public record Behaviour(Map<String, BehaviourParam> params) {

    /** Every behaviour key, in the order of docs/spec-format.md. */
    public static final List<String> KEYS = List.of(
            "grantedCall", "neverAskedCall", "deniedCall", "authorizeAhead", "authorizeWhenDenied", "denyErrMsg",
            "getSetting", "settingsPageLists", "openSettingToggle", "recordKept", "deleteApp", "recordSync",
            "osPromptOrder");

    /** Creates the behaviour; the map is copied preserving order. */
    public Behaviour {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Returns the parameter with the given key.
     *
     * @throws NoSuchElementException listing the valid keys when there is none
     */
    public BehaviourParam get(String key) {
        BehaviourParam p = params.get(key);
        if (p == null) {
            throw new NoSuchElementException("no behaviour parameter '" + key + "' (expected one of " + KEYS + ")");
        }
        return p;
    }

    /** Returns {@code grantedCall}. */
    public BehaviourParam grantedCall() { return get("grantedCall"); }

    /** Returns {@code neverAskedCall}. */
    public BehaviourParam neverAskedCall() { return get("neverAskedCall"); }

    /** Returns {@code deniedCall}. */
    public BehaviourParam deniedCall() { return get("deniedCall"); }

    /** Returns {@code authorizeAhead}. */
    public BehaviourParam authorizeAhead() { return get("authorizeAhead"); }

    /** Returns {@code authorizeWhenDenied}. */
    public BehaviourParam authorizeWhenDenied() { return get("authorizeWhenDenied"); }

    /** Returns {@code denyErrMsg}. */
    public BehaviourParam denyErrMsg() { return get("denyErrMsg"); }

    /** Returns {@code getSetting}. */
    public BehaviourParam getSetting() { return get("getSetting"); }

    /** Returns {@code settingsPageLists}. */
    public BehaviourParam settingsPageLists() { return get("settingsPageLists"); }

    /** Returns {@code openSettingToggle}. */
    public BehaviourParam openSettingToggle() { return get("openSettingToggle"); }

    /** Returns {@code recordKept}. */
    public BehaviourParam recordKept() { return get("recordKept"); }

    /** Returns {@code deleteApp}. */
    public BehaviourParam deleteApp() { return get("deleteApp"); }

    /** Returns {@code recordSync}. */
    public BehaviourParam recordSync() { return get("recordSync"); }

    /** Returns {@code osPromptOrder}. */
    public BehaviourParam osPromptOrder() { return get("osPromptOrder"); }
}
