package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Names a call form of a port's authorize(): {@code callback} or {@code promise}.
 *
 * @param id the form
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record CallForm(String id, Source source) {}
