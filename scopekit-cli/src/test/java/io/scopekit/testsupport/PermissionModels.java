package io.scopekit.testsupport;

import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.Rule;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test fixtures: a permission model with one lifecycle statement changed, to prove a fact is read from the spec. */
public final class PermissionModels {

    private PermissionModels() {}

    /** {@code model} with its statement {@code name} set to {@code value}, the statement's source kept. */
    public static PermissionModelSpec withRule(PermissionModelSpec model, String name, Object value) {
        Map<String, Rule> rules = new LinkedHashMap<>(model.rules());
        Rule old = rules.get(name);
        if (old == null) {
            throw new IllegalArgumentException(model.id() + " states no " + name);
        }
        rules.put(name, new Rule(name, value, old.source()));
        return new PermissionModelSpec(model.id(), model.name(), model.documents(), model.identities(),
                model.appTypes(), model.permissions(), model.apis(), model.errors(), rules, model.origin());
    }
}
