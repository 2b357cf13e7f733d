package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Describes the simulator's answer to a {@link SimRequest}: an HTTP status and a JSON body.
 *
 * @param status HTTP status code
 * @param body JSON body (UTF-8)
 */
@API(status = EXPERIMENTAL)
public record SimResponse(int status, String body) {}
