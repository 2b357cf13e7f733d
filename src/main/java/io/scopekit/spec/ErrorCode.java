package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Optional;

/**
 * Describes an error code of a permission model and the situation it signals.
 *
 * @param code the numeric code, e.g. 99991672
 * @param when the situation, e.g. {@code app-permission-missing}
 * @param violationType the violation type reported with it, if documented
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record ErrorCode(long code, String when, Optional<String> violationType, Source source) {}
