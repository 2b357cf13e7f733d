/** Internals of the run engine; not for use outside {@code io.scopekit.harness}. */
@NullMarked
package io.scopekit.harness.internal;

import org.jspecify.annotations.NullMarked;
