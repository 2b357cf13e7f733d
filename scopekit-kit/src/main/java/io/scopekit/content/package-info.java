/**
 * Reads the kit's content files (platform specs, schemas, rules, features) from the jar or from a folder given on the
 * command line, and fingerprints them. At the bottom of the layers: depends only on the JDK and apiguardian, so the
 * spec layer, the oracle and the CLI can all use it.
 */
@NullMarked
package io.scopekit.content;

import org.jspecify.annotations.NullMarked;
