/** The report package's internals: used by {@code io.scopekit.report} only. */
@NullMarked
package io.scopekit.report.internal;

import org.jspecify.annotations.NullMarked;
