package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Holds a lifecycle statement of a permission model, e.g. {@code importAddsOnly = true}.
 *
 * @param name the statement's name
 * @param value a Boolean or a String
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record Rule(String name, Object value, Source source) {}
