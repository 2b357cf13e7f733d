/**
 * The Feishu Open Platform simulator as permission target {@code simulator}: each session starts a simulator
 * in-process on 127.0.0.1 and speaks real HTTP to it (docs/simulator.md).
 */
@NullMarked
package io.scopekit.target.simulator;

import org.jspecify.annotations.NullMarked;
