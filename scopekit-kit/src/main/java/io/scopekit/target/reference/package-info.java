/** The reference runtime: an independent plain-Java encoding of the documents, never the oracle (docs/reference-runtime.md). */
@NullMarked
package io.scopekit.target.reference;

import org.jspecify.annotations.NullMarked;
