/**
 * Reads, validates and queries ScopeKit platform specs (the YAML files of {@code platform-specs/}).
 *
 * <p>Entry point: {@link io.scopekit.spec.SpecCatalog#load(java.nio.file.Path)} or
 * {@link io.scopekit.spec.SpecCatalog#loadEmbedded()}. Loading either succeeds completely or throws a
 * {@link io.scopekit.spec.SpecException} listing every {@link io.scopekit.spec.SpecProblem} found. The file format is
 * described in {@code docs/spec-format.md}; the JSON Schemas live in {@code schemas/}.
 *
 * <p>All model types are immutable records; lists and maps they return are unmodifiable and keep file order.
 */
@NullMarked
package io.scopekit.spec;

import org.jspecify.annotations.NullMarked;
