package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.internal.SpecKinds;
import java.io.PrintWriter;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Renders one spec for people and tools, as {@code specs show} prints it: text tables (scopes, behaviour, matrix,
 * permissions) or a stable JSON document. Each spec kind renders its own part.
 *
 * <p>JSON shape by kind: every document has {@code id, kind, name, file, sha256, documents}; client-platform adds
 * {@code clientName, phrases, appKinds, scopes, gates, behaviour}; port-matrix adds
 * {@code package, containers, forms, scopes, matrix, responses, behaviour}; permission-model adds
 * {@code identities, appTypes, permissions, apis, errors, rules}. Keys come in a fixed order, lists in file order.
 */
@API(status = EXPERIMENTAL)
public final class SpecView {

    private SpecView() {}

    /**
     * Prints the spec as text: a header line with id, kind and name, the file and its SHA-256, then the kind's
     * tables.
     *
     * @param spec the spec
     * @param out where the lines go; not flushed
     */
    public static void printText(Spec spec, PrintWriter out) {
        SpecKinds.printText(Objects.requireNonNull(spec, "spec"), Objects.requireNonNull(out, "out"));
    }

    /**
     * Returns the spec as an indented JSON document (no trailing line break); the same spec always gives the same
     * text.
     */
    public static String json(Spec spec) {
        return SpecKinds.json(Objects.requireNonNull(spec, "spec"));
    }
}
