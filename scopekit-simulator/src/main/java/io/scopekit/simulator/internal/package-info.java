/** Implementation of the simulator: state, handlers, the WireMock binding, the configuration reader. */
@NullMarked
package io.scopekit.simulator.internal;

import org.jspecify.annotations.NullMarked;
