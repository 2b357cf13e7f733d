/**
 * Implements spec loading: YAML reading with token locations, JSON Schema validation, cross-reference checks and
 * binding to the model of {@link io.scopekit.spec}. Not an API: everything here may change.
 */
@NullMarked
package io.scopekit.spec.internal;

import org.jspecify.annotations.NullMarked;
