/**
 * The reference open platform: an in-process, plain-Java implementation of the permission-platform Target SPI
 * ({@code io.scopekit.target.permission}) over the permission-model specs, written independently of the permission
 * oracle and checked against it (docs/reference-runtime.md, "Open platform").
 */
@NullMarked
package io.scopekit.target.reference.permission;

import org.jspecify.annotations.NullMarked;
