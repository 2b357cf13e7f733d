/** Implementation of the simulator: state, handlers, the WireMock binding, the configuration reader. */
package io.scopekit.simulator.internal;
