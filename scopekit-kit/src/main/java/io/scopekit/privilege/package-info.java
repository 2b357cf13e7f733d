/**
 * Least privilege over a permission model: the smallest set of permissions that covers planned API calls and
 * response fields for one token identity ({@link io.scopekit.privilege.LeastPrivilege#minimal}), and a lint of an
 * app's batch export against that plan ({@link io.scopekit.privilege.LeastPrivilege#lint}).
 *
 * <p>The principle is seed 001's (权限申请原则: 权限的申请应该遵循最小可用原则); the requirements are the spec's
 * {@code apis[].anyOf} and {@code fieldRequirements}. Depends on {@code io.scopekit.spec} only.
 */
@NullMarked
package io.scopekit.privilege;

import org.jspecify.annotations.NullMarked;
