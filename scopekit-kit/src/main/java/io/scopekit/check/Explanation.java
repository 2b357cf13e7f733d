package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A domain's situation with its oracle's decision, as {@code scopekit explain --json} prints it
 * (docs/explain.md). The contract fixes how it is written ({@link CheckCodec#toJson(Explanation)}: indented, the
 * shape's declared property order, {@code null} fields kept); each domain owns its shape, so this package names no
 * domain.
 */
@API(status = EXPERIMENTAL)
public interface Explanation {

    /**
     * Returns the JSON shape of docs/explain.md for this explanation: a record whose components Jackson writes in
     * their {@code @JsonPropertyOrder}, with enums already in wire form and maps sorted, so the text does not depend
     * on how the oracle built its decision.
     */
    Object json();
}
