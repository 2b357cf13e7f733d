package io.scopekit.oracle.internal;

import java.util.List;

/**
 * A response field the caller asked for and the permissions its field requirement names (empty when the API
 * documents none for it). Public for the executable model; not part of the API.
 */
public final class FieldFact {
    private final String field;
    private final List<String> anyOf;

    FieldFact(String field, List<String> anyOf) {
        this.field = field;
        this.anyOf = List.copyOf(anyOf);
    }

    public String getField() { return field; }
    public List<String> getAnyOf() { return anyOf; }
    public boolean isRequirement() { return !anyOf.isEmpty(); }
}
