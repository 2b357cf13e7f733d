/** The Drools oracles' internals: used by {@code io.scopekit.oracle} only. */
@NullMarked
package io.scopekit.oracle.internal;

import org.jspecify.annotations.NullMarked;
