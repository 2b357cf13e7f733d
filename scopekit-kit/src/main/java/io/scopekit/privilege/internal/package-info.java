/** Internals of {@code io.scopekit.privilege}: the set-cover search. Used only by that package. */
package io.scopekit.privilege.internal;
