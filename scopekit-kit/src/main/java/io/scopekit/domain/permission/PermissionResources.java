package io.scopekit.domain.permission;

import io.scopekit.harness.RunResource;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;

/**
 * The permission domain's parts of a run, held by {@link io.scopekit.harness.RunResources} under these keys (the run's
 * target is {@link io.scopekit.harness.PermissionTargets#RUN_TARGET}, shared with the probe that names it on the
 * certificate).
 */
public final class PermissionResources {

    /** The permission oracle over the run's catalog and rules (the open-platform rules; once per JVM on the kit's own). */
    public static final RunResource<PermissionOracle> ORACLE = RunResource.perJvmWhenEmbedded("permission oracle",
            resources -> PermissionOracles.create(resources.catalog(), resources.settings().rules()));

    private PermissionResources() {}
}
