package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Optional;

/**
 * Describes a field a container adds to a port's response.
 *
 * @param name field name
 * @param type field type as documented
 * @param description description, if given
 */
@API(status = EXPERIMENTAL)
public record ResponseField(String name, String type, Optional<String> description) {}
