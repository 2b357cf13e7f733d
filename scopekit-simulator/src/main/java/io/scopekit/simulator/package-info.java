/**
 * The Feishu Open Platform simulator: WireMock on 127.0.0.1 playing the platform's token endpoints, catalog APIs and
 * an admin API for a configured set of tenants, apps, users and permissions ({@code ./scopekit simulate}).
 *
 * <p>{@link io.scopekit.simulator.FeishuSimulator} is the entry point; every request, in-process or over HTTP, goes
 * through the same handler, and access decisions go through {@link io.scopekit.simulator.AccessDecisions}.
 * docs/simulator.md describes the HTTP surface and the configuration.
 */
@NullMarked
package io.scopekit.simulator;

import org.jspecify.annotations.NullMarked;
