/**
 * The HTTP adapter: reaches a target that serves the target protocol {@code scopekit-target/1}
 * (adapters/protocol/openapi.yaml) with {@code --target http(s)://host:port[/base]} ({@link
 * io.scopekit.target.http.HttpTarget}), and serves any in-process target over the same protocol
 * ({@link io.scopekit.target.http.TargetServer}, {@code ./scopekit serve}).
 */
@NullMarked
package io.scopekit.target.http;

import org.jspecify.annotations.NullMarked;
