/**
 * The permission-platform Target SPI: how the harness reaches an implementation of an open platform's permission
 * service (docs/target-api.md, "Permission platforms").
 *
 * <p>A {@link io.scopekit.target.permission.PermissionTarget} opens
 * {@link io.scopekit.target.permission.PlatformSession sessions}; a session has a data plane,
 * {@link io.scopekit.target.permission.PlatformSession#perform perform} a
 * {@link io.scopekit.permission.PlatformRequest} and get a
 * {@link io.scopekit.target.permission.PlatformResult}, and a control plane,
 * {@link io.scopekit.target.permission.PlatformControl}. Like {@code io.scopekit.target}, whose
 * {@code TargetIdentity}, {@code Strictness} and {@code TargetUnreachableException} it reuses, this package depends
 * on nothing but the JDK, apiguardian, JSpecify and the vocabulary packages.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.target.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
