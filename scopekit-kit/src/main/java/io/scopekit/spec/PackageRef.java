package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names the package a port is published as.
 *
 * @param registry the registry, e.g. {@code npm}
 * @param name the package name, e.g. {@code @uni/authorize}
 */
@API(status = EXPERIMENTAL)
public record PackageRef(String registry, String name) {}
