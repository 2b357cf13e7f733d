/** The step definitions' internals: used by {@code io.scopekit.steps} only. */
@NullMarked
package io.scopekit.steps.internal;

import org.jspecify.annotations.NullMarked;
