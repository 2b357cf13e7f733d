package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one behaviour parameter of a platform, e.g. {@code deniedCall = fail-and-guide-to-settings}, with its extra
 * attributes and source.
 *
 * @param name the behaviour key's wire name, one of {@link io.scopekit.consent.BehaviourKey#wireNames()}
 * @param value the value, {@link #UNSPECIFIED} when the documents are silent
 * @param source where the value comes from; may be absent only for {@code unspecified}
 * @param attributes further keys of the entry in file order ({@code patterns}, {@code errno}, {@code since},
 *     {@code survives}); values are String, Long, Boolean or List&lt;String&gt;
 */
@API(status = EXPERIMENTAL)
public record BehaviourParam(String name, String value, Optional<Source> source, Map<String, Object> attributes) {

    /** The value used when the documents do not say. */
    public static final String UNSPECIFIED = "unspecified";

    /** Creates a parameter; the attribute map is copied preserving order. */
    public BehaviourParam {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }

    /** Tells whether the documents are silent on this parameter. */
    public boolean isUnspecified() {
        return UNSPECIFIED.equals(value);
    }

    /** Returns a list-valued attribute ({@code patterns}, {@code survives}), empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> listAttribute(String key) {
        Object v = attributes.get(key);
        return v instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** Returns the errMsg substrings meaning "denied" ({@code denyErrMsg}), empty when absent. */
    public List<String> patterns() {
        return listAttribute("patterns");
    }

    /** Returns the {@code since} version ({@code recordSync}), if any. */
    public Optional<Version> since() {
        return Optional.ofNullable(attributes.get("since")).map(v -> Version.parse(v.toString()));
    }
}
