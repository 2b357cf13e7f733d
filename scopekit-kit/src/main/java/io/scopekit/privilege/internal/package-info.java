/** Internals of {@code io.scopekit.privilege}: the set-cover search. Used only by that package. */
@NullMarked
package io.scopekit.privilege.internal;

import org.jspecify.annotations.NullMarked;
