package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.consent.BehaviourKey;
import org.apiguardian.api.API;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Holds the observable authorization behaviour of a platform or port: one {@link BehaviourParam} per
 * {@link BehaviourKey}, all present.
 *
 * @param params parameters by the key's wire name ({@link BehaviourKey#wireName()}, the YAML key), in
 *     {@link BehaviourKey} order
 */
@API(status = EXPERIMENTAL)
public record Behaviour(Map<String, BehaviourParam> params) {

    /** Creates the behaviour; the map is copied preserving order. */
    public Behaviour {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Returns the parameter of {@code key}.
     *
     * @throws NoSuchElementException when this behaviour has none
     */
    public BehaviourParam get(BehaviourKey key) {
        BehaviourParam p = params.get(key.wireName());
        if (p == null) {
            throw new NoSuchElementException("no behaviour parameter '" + key.wireName() + "' (present: "
                    + params.keySet() + ")");
        }
        return p;
    }
}
