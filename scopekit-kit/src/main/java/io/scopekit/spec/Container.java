package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names a container of a port: a host platform the port runs on.
 *
 * @param id container id used in the port's matrix, e.g. {@code wechat}
 * @param platform id of the client-platform spec of that host, e.g. {@code wechat-miniprogram}
 * @param label label in the port's documentation
 */
@API(status = EXPERIMENTAL)
public record Container(String id, String platform, String label) {}
