package io.scopekit.privilege;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.Source;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * States one requirement of a plan: a call, or a field of a call's response, needs any one of some permissions.
 * A call's all-of requirement (spec {@code apis[].allOf}) becomes one requirement per permission it lists, each with
 * that permission alone as {@code anyOf} and the whole list as {@code allOf}.
 *
 * @param api the API id
 * @param field the field, empty for the call itself
 * @param anyOf the permissions the spec lists for it, in spec order
 * @param usable those of {@code anyOf} the plan's identity can hold, in spec order; empty only when
 *        {@code anyOf} is (the call needs no permission)
 * @param allOf for a part of an all-of requirement, every permission of that requirement; empty otherwise
 * @param source the spec entry the requirement comes from (the API's source, or the all-of requirement's)
 */
@API(status = EXPERIMENTAL)
public record Need(String api, Optional<String> field, List<String> anyOf, List<String> usable, List<String> allOf,
        Source source) {
    /** Creates the requirement; lists are copied. */
    public Need {
        anyOf = List.copyOf(anyOf);
        usable = List.copyOf(usable);
        allOf = List.copyOf(allOf);
    }

    /** Creates an any-of requirement. */
    public Need(String api, Optional<String> field, List<String> anyOf, List<String> usable, Source source) {
        this(api, field, anyOf, usable, List.of(), source);
    }

    /** Returns {@code call API} or {@code field F of API}. */
    public String describe() {
        return field.map(f -> "field " + f + " of " + api).orElse("call " + api);
    }

    /** Returns {@code any of A, B} for an any-of requirement, {@code all of A, B} for a part of an all-of one. */
    public String requirement() {
        return allOf.isEmpty() ? "any of " + String.join(", ", anyOf) : "all of " + String.join(", ", allOf);
    }
}
