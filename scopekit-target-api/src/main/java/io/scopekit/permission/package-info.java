/**
 * The vocabulary of the open-platform permission domain (Feishu Open Platform, seed 001 "申请 API 权限"): identities
 * and their tokens, app types, permission levels and states, lifecycle steps, API calls, and what the platform
 * answers.
 *
 * <p>Shared by the permission oracle, the permission-platform Target SPI ({@code io.scopekit.target.permission}),
 * the reference runtime and the simulator. Everything is a plain value (enums and records of strings, numbers,
 * lists and maps) so that it crosses HTTP unchanged; every enum has a stable {@code wireName()} and
 * {@code fromWireName(String)}; nothing is {@code null} unless marked
 * {@link org.jspecify.annotations.Nullable @Nullable}. Like {@code io.scopekit.consent}, this package depends on
 * nothing but the JDK, apiguardian and JSpecify.
 */
@API(status = EXPERIMENTAL)
@NullMarked
package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
