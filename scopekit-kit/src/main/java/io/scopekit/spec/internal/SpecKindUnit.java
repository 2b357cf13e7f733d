package io.scopekit.spec.internal;

import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCounts;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecOrigin;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the kit does with one kind of spec beyond its JSON Schema: the cross-checks, binding to the model
 * record, the structural diff and the rendering of {@code specs show} and {@code specs lint}.
 *
 * <p>A new kind is a {@link SpecKind} constant, its schema ({@code schemas/<kind>.schema.json}), its model record
 * and one implementation of this interface registered in {@link SpecKinds}; nothing else branches on the kind.
 *
 * @param <S> the model record of the kind
 */
interface SpecKindUnit<S extends Spec> {

    /** Returns the kind this unit handles. */
    SpecKind kind();

    /** Returns the model record of the kind. */
    Class<S> type();

    /** Checks one file of this kind that passed its schema (references, uniqueness); reports on the file. */
    void crossCheck(SpecFile file);

    /**
     * Checks what spans files, once per load: {@code files} are all files of the load that have a known kind (of
     * any kind), {@code byId} the first file of each spec id. Reports on the files of this kind.
     */
    default void crossCheckAcross(List<SpecFile> files, Map<String, SpecFile> byId) {}

    /** Builds the model from a tree that passed the schema and every cross-check, so shapes are trusted. */
    S bind(JsonNode root, SpecOrigin origin);

    /** Adds one line per structural change from {@code before} to {@code after} (same id, same kind). */
    void diff(S before, S after, DiffLines out);

    /** Prints the kind's part of {@code specs show}: what follows the id and file lines. */
    void printText(S spec, PrintWriter out);

    /** Adds the kind's keys of {@code specs show --json}, between {@code sha256} and {@code documents}. */
    void putJson(S spec, ObjectNode out);

    /** Counts the spec's scopes, APIs and permissions for {@code specs lint}. */
    SpecCounts count(S spec);
}
