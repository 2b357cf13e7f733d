/**
 * Internal: the one enum wire-name codec of the vocabularies and SPIs ({@code consent}, {@code permission},
 * {@code target}, {@code target.permission}). Not part of the public API: a vendor reaches wire names through each
 * enum's own {@code wireName()} / {@code fromWireName(String)}, never through this package, and the Target API
 * artifact does not export it. It sits below the four packages that use it and depends on the JDK and JSpecify only,
 * so it travels with the SPI without adding a dependency.
 */
@API(status = INTERNAL)
@NullMarked
package io.scopekit.wire;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
