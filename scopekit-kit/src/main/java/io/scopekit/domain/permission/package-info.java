/**
 * The permission domain (an open platform's app permissions):
 * {@link io.scopekit.domain.permission.PermissionConversation} (one permission-platform session, the app states
 * threaded through the permission oracle's decisions), its {@link io.scopekit.domain.permission.PermissionExchange}s,
 * {@link io.scopekit.domain.permission.PermissionViews} (how an observation is read and compared, shared by the steps
 * and {@code explore}) and the permission part of the {@code explain} text
 * ({@link io.scopekit.domain.permission.PermissionExplanationText}).
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.domain.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
