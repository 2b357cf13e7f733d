/** Cucumber step definitions; each step is one call into the run engine ({@code io.scopekit.harness}). */
@NullMarked
package io.scopekit.steps;

import org.jspecify.annotations.NullMarked;
